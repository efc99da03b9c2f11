<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="13" />
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="14" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="15" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="18" />
        <source>daily, when the book was opened</source>
        <translation>每天打开账本时自动备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="19" />
        <source>made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="20" />
        <source>before an upgrade of the data file</source>
        <translation>升级数据文件前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="21" />
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="22" />
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../desktop/ui/charts/balance_chart.py" line="98" />
        <source>Balance chart</source>
        <translation>余额走势图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/balance_chart.py" line="125" />
        <source>%1: %2 to %3</source>
        <translation>%1：%2 到 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/balance_chart.py" line="155" />
        <source>reserve that must stay</source>
        <translation>必须留在账户里的钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/balance_chart.py" line="195" />
        <source>Nothing to show yet.</source>
        <translation>还没有可以显示的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/balance_chart.py" line="283" />
        <source>reserve %1</source>
        <translation>必须保留 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/balance_chart.py" line="331" />
        <source>runs out</source>
        <translation>用完</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/balance_chart.py" line="340" />
        <source>lowest %1</source>
        <translation>最低 %1</translation>
    </message>
</context>
<context>
    <name>BalancesDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="63" />
        <source>Update balances</source>
        <translation>更新余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="67" />
        <source>Open the official medical insurance app and type what it shows for each person. Each box already holds what FamilyPool works out now.</source>
        <translation>请打开官方医保App，把每个人显示的余额填进来。每个框里已经填好了本程序现在算出的数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="71" />
        <source>Only the boxes you type in are recorded; the others stay as they are. To confirm a figure that has not changed, type it again.</source>
        <translation>只记下您改过的框，没动的框保持原样。如果某个数没变、想确认一下，就把它再输一遍。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="80" />
        <source>Date of the balances</source>
        <translation>余额的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="81" />
        <source>At a time of day</source>
        <translation>具体时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="83" />
        <source>As &amp;of</source>
        <translation>日期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="97" />
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="97" />
        <source>Own account (yuan)</source>
        <translation>个人账户（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="97" />
        <source>Wallet (yuan)</source>
        <translation>医保钱包（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="98" />
        <source>Recorded last</source>
        <translation>上次记的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="119" />
        <source>no wallet</source>
        <translation>没有钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="146" />
        <source>&amp;Save all</source>
        <translation>全部保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="147" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="169" />
        <source>not recorded yet</source>
        <translation>还没记</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="170" />
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="226" />
        <source>Own account</source>
        <translation>本人个人账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="170" />
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="226" />
        <source>Insurance wallet</source>
        <translation>医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="171" />
        <source>%1, %2, in yuan</source>
        <translation>%1的%2，单位元</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="181" />
        <source>never</source>
        <translation>从没记过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="183" />
        <source>%1 (%2 days ago)</source>
        <translation>%1（%2 天前）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="184" />
        <source>%1 (today)</source>
        <translation>%1（今天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="194" />
        <source>✓ recorded when you save</source>
        <translation>✓ 保存时会记下</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="223" />
        <source>This date is in the future.</source>
        <translation>这个日期还没到。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="244" />
        <source>Please correct the boxes marked above; nothing was saved yet.</source>
        <translation>请先改正上面标出的框；现在什么都还没保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/balances_dialog.py" line="248" />
        <source>No box was typed in, so there is nothing to record. Type what the official app shows, or press Cancel.</source>
        <translation>您还没有改任何一个框，所以没有要记的。请填上官方App显示的数，或者按“取消”。</translation>
    </message>
</context>
<context>
    <name>BindResultPage</name>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="23" />
        <source>What did the official channel say?</source>
        <translation>办理结果怎么样？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="35" />
        <source>Authorization s&amp;tarts on</source>
        <translation>授权开始日期(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="36" />
        <source>Authorization &amp;ends on</source>
        <translation>授权结束日期(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="37" />
        <source>Authorized &amp;amount (yuan)</source>
        <translation>授权额度（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="38" />
        <source>&amp;Submitted (registration time)</source>
        <translation>提交时间（备案时间）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="43" />
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="110" />
        <source>Submitted; &amp;waiting for the review</source>
        <translation>已经提交，正在等审核(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="44" />
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="111" />
        <source>Done; it is in &amp;force now</source>
        <translation>办好了，已经生效(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="45" />
        <source>The review did &amp;not pass</source>
        <translation>审核没有通过(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="71" />
        <source>The registration time decides the order in which family accounts pay: earlier first.</source>
        <translation>备案时间决定家人账户付钱的先后：先备案的先付。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="76" />
        <source>Binding no. %1: %2 for %3, submitted %4.</source>
        <translation>第 %1 号绑定：%2给%3用，%4 提交。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="80" />
        <source>What did the review say?</source>
        <translation>审核结果是什么？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="86" />
        <source>Enter what %1 showed after you submitted.</source>
        <translation>请照着%1提交后显示的内容填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="106" />
        <source>Still &amp;waiting for the review</source>
        <translation>还在等审核(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="107" />
        <source>The review &amp;passed; it is in force</source>
        <translation>审核通过了，已经生效(&amp;P)</translation>
    </message>
</context>
<context>
    <name>BindingDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="54" />
        <source>Add a binding</source>
        <translation>添加共济绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="61" />
        <source>Choose whose account pays and for whom. The check below runs as you fill in the form and says in plain words whether the rules allow it.</source>
        <translation>选择用谁的账户、给谁付钱。一边填写，下面一边检查，用大白话告诉您规定允不允许。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="72" />
        <source>Whose account pays</source>
        <translation>用谁的账户付钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="73" />
        <source>Who it pays for</source>
        <translation>给谁付钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="79" />
        <source>&amp;Whose account pays</source>
        <translation>用谁的账户付钱(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="80" />
        <source>&amp;For whom</source>
        <translation>给谁付钱(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="83" />
        <source>Relation</source>
        <translation>亲属关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="87" />
        <source>&amp;Relation</source>
        <translation>亲属关系(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="89" />
        <source>Set the start and end dates</source>
        <translation>填写开始和结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="93" />
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="93" />
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="99" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="103" />
        <source>&amp;Valid</source>
        <translation>有效期(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="106" />
        <source>leave empty for no limit</source>
        <translation>不填表示不限额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="107" />
        <source>Authorized amount in yuan</source>
        <translation>授权额度（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="108" />
        <source>&amp;Authorized amount (¥)</source>
        <translation>授权额度（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="111" />
        <source>Where it was done</source>
        <translation>在哪里办理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="112" />
        <source>Where it is &amp;done</source>
        <translation>在哪里办理(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="117" />
        <source>Only a plan for now (not yet done)</source>
        <translation>只是打算，还没去办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="118" />
        <source>Done, waiting for the review</source>
        <translation>已经办了，等待审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="119" />
        <source>Done and approved (in effect)</source>
        <translation>已经办好，审核通过（已生效）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="128" />
        <source>State</source>
        <translation>办理进度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="133" />
        <source>Registration time</source>
        <translation>备案时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="134" />
        <source>Re&amp;gistered at</source>
        <translation>备案时间(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="135" />
        <source>The registration time decides the order in which family accounts pay.</source>
        <translation>备案时间决定几个家人账户先后付钱的顺序。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="139" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="140" />
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="149" />
        <source>Result of the check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="158" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="159" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="215" />
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="217" />
        <source>%1 (from the family list)</source>
        <translation>%1（按家庭成员表推算）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="240" />
        <source>Not chosen yet</source>
        <translation>还没选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="244" />
        <source> (needs a review)</source>
        <translation>（需要审核）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="256" />
        <source>Add at least two family members first.</source>
        <translation>请先添加至少两位家庭成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="270" />
        <source>Cannot check yet:</source>
        <translation>还不能检查：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="272" />
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="289" />
        <source>Not yet: the words above say what is missing.</source>
        <translation>还不能：上面写着还缺什么。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="277" />
        <source>The rules allow this binding.</source>
        <translation>按规定可以这样绑定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="279" />
        <source>What the official channel will ask for:</source>
        <translation>去办理时要准备：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="282" />
        <source>Not possible as it stands:</source>
        <translation>现在这样不行：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="286" />
        <source>Where it can be done:</source>
        <translation>可以在这里办理：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="309" />
        <source>Not saved:</source>
        <translation>没有保存：</translation>
    </message>
</context>
<context>
    <name>BindingsModel</name>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="15" />
        <source>For</source>
        <translation>为谁付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="16" />
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="17" />
        <source>Paid from the account of</source>
        <translation>用谁的账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="18" />
        <source>Relation</source>
        <translation>亲属关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="19" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="20" />
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="21" />
        <source>Registered</source>
        <translation>备案时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="22" />
        <source>Authorized</source>
        <translation>授权额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="23" />
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="24" />
        <source>Left</source>
        <translation>还剩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="25" />
        <source>Record no.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="34" />
        <source>Ends by itself on %1: %2's insurance %3</source>
        <translation>%1 自动终止：%2的医保%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="36" />
        <source>Ended by itself on %1: %2's insurance %3</source>
        <translation>%1 已自动终止：%2的医保%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="50" />
        <source>Ended by itself on %1</source>
        <translation>%1 已自动终止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="54" />
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="60" />
        <source>no dates set</source>
        <translation>没填日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="61" />
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="62" />
        <source>no end</source>
        <translation>不限结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="71" />
        <source>No. %1</source>
        <translation>第 %1 位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="104" />
        <source>no limit</source>
        <translation>不限额</translation>
    </message>
</context>
<context>
    <name>BindingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="69" />
        <location filename="../../desktop/ui/pages/bindings_page.py" line="75" />
        <source>Bindings</source>
        <translation>共济绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="70" />
        <source>Family accounts pay for a person in the order they were registered: No. 1 first, then No. 2. A binding pays only while it is in effect, within its dates and its authorized amount.</source>
        <translation>几位家人的账户按备案先后给一个人付钱：先第 1 位，再第 2 位。绑定只有在生效期间、有效日期之内、授权额度没用完时才付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="72" />
        <source>Show bindings for</source>
        <translation>显示谁的绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="83" />
        <source>About the chosen binding</source>
        <translation>选中的绑定说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="89" />
        <source>&amp;Add binding…</source>
        <translation>添加绑定(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="90" />
        <source>Check and record a new binding</source>
        <translation>检查并记下一个新的绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="91" />
        <source>Enter one already &amp;made…</source>
        <translation>录入已办好的绑定(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="92" />
        <source>Record a binding made at the counter or in an app</source>
        <translation>记下在窗口或手机上已经办好的绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="93" />
        <source>Sent for &amp;review</source>
        <translation>已提交审核(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="94" />
        <source>The application was sent and waits for the review</source>
        <translation>申请已经提交，正在等审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="95" />
        <source>A&amp;pproved…</source>
        <translation>审核通过(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="96" />
        <source>The channel approved it; enter the registration time</source>
        <translation>办理渠道已经通过，请填写备案时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="97" />
        <source>&amp;Not approved</source>
        <translation>没有通过(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="98" />
        <source>The channel refused it</source>
        <translation>办理渠道没有通过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="72" />
        <source>&amp;Show for</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="99" />
        <source>End &amp;this binding…</source>
        <translation>终止这个绑定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="100" />
        <source>The payer stops paying from today</source>
        <translation>付钱的一方从今天起不再付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="101" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="102" />
        <source>Delete a plan or a refused binding</source>
        <translation>删除只是打算或没有通过的绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="120" />
        <source>Everyone</source>
        <translation>全家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="131" />
        <source>A binding needs two family members. Add them on the Family page first.</source>
        <translation>绑定需要两位家庭成员，请先在“家庭成员”页添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="133" />
        <source>No bindings yet. Press “Add binding” to check whether one family member's account may pay for another's care.</source>
        <translation>还没有绑定。点“添加绑定”，看看能不能用一位家人的账户给另一位家人看病付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="136" />
        <source>A binding needs two family members.</source>
        <translation>绑定需要两位家人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="151" />
        <source>Choose a binding in the table first.</source>
        <translation>请先在表格里选中一条绑定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="152" />
        <source>Not possible for the chosen binding as it stands (see its status).</source>
        <translation>选中的绑定现在的状态不能这样做（看它的状态）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="162" />
        <source>Binding no. %3: %1's account pays for %2.</source>
        <translation>编号 %3 的绑定：用%1的账户给%2付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="165" />
        <source>It is %1 in the order of payment.</source>
        <translation>付钱顺序排%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="167" />
        <source>Authorized %1, used %2, %3 left.</source>
        <translation>授权 %1，已用 %2，还剩 %3。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="170" />
        <source>No amount limit; used so far %1.</source>
        <translation>不限额，到现在已用 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="171" />
        <source>Valid: %1.</source>
        <translation>有效期：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="173" />
        <source>This is only a plan: do it through the official channel, then mark it.</source>
        <translation>这只是打算：请先到官方渠道办理，办好后再在这里标记。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="175" />
        <source>Waiting for the review; it does not pay yet.</source>
        <translation>正在等审核，现在还不能付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="177" />
        <source>Ended on %1; it no longer pays.</source>
        <translation>已在 %1 终止，不再付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="179" />
        <source>The channel did not approve it; it never pays.</source>
        <translation>办理渠道没有通过，不会付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="182" />
        <source>Visits from that day on are paid by the rest of the payment order.</source>
        <translation>从那天起的就医由付款顺序里的其他来源支付。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="244" />
        <source>%1's account for %2: when was it registered? Write the time shown by the official app or counter. Family accounts pay in the order they were registered.</source>
        <translation>用%1的账户给%2付钱：是什么时候备案的？请照官方手机软件或窗口给的时间填写。几位家人的账户按备案先后付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="247" />
        <source>Binding approved</source>
        <translation>绑定已通过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="247" />
        <source>&amp;Registered at</source>
        <translation>备案时间(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="248" />
        <source>&amp;Mark approved</source>
        <translation>标记为已通过(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="282" />
        <source>End the binding: %1's account will no longer pay for %2 from today (%3).

To pay again later a new binding is needed. End it?</source>
        <translation>终止绑定：从今天（%3）起，%1的账户不再给%2付钱。

以后想再付，需要重新绑定。确定终止吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="285" />
        <source>End this binding?</source>
        <translation>终止这个绑定吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="302" />
        <source>Delete the binding of %1 for %2 from the book?</source>
        <translation>从账本里删除%1给%2的这个绑定吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="304" />
        <source>Delete?</source>
        <translation>删除吗？</translation>
    </message>
</context>
<context>
    <name>BookLoader</name>
    <message>
        <location filename="../../desktop/ui/book_loader.py" line="58" />
        <source>The family book cannot be opened</source>
        <translation>打不开家庭账本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/book_loader.py" line="73" />
        <source>The damaged file stays where it is. Ask someone to help, or start over with an empty book by moving the file %1 away.</source>
        <translation>损坏的文件原样留着。可以请人帮忙；或者把文件 %1 移走，从一本空账本重新开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/book_loader.py" line="77" />
        <source>Restore the latest good backup? The damaged file is kept beside it, not overwritten.</source>
        <translation>要恢复最近一份完好的备份吗？损坏的文件会另外保存，不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/book_loader.py" line="80" />
        <location filename="../../desktop/ui/book_loader.py" line="102" />
        <source>&amp;Restore the latest good backup</source>
        <translation>恢复最近的完好备份(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/book_loader.py" line="81" />
        <location filename="../../desktop/ui/book_loader.py" line="103" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/book_loader.py" line="100" />
        <source>&amp;Open without the changes that cannot be read</source>
        <translation>打开账本，不要读不出来的改动(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/book_loader.py" line="104" />
        <source>You can open the book without those changes (the copy keeps them for someone who can help), restore the latest good backup if there is one, or quit and change nothing.</source>
        <translation>可以打开账本、不要这些改动（另存的副本留着它们，可以请懂行的人帮忙找回），也可以从最近的完好备份恢复（如果有），或者退出、什么都不改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/book_loader.py" line="128" />
        <source>Restored the backup %1; the damaged file was kept as %2.</source>
        <translation>已恢复备份 %1；损坏的文件另存为 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/book_loader.py" line="91" />
        <source>The data folder %1 cannot be used: %2</source>
        <translation>数据文件夹 %1 不能使用：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/book_loader.py" line="94" />
        <source>The book still cannot be opened after restoring a backup.</source>
        <translation>恢复备份后还是打不开账本。</translation>
    </message>
</context>
<context>
    <name>ChannelPage</name>
    <message>
        <location filename="../../desktop/ui/guide/channel_page.py" line="20" />
        <source>Choose how to do it</source>
        <translation>选择在哪里办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/channel_page.py" line="31" />
        <source>&amp;Print the steps…</source>
        <translation>打印办理步骤…(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/channel_page.py" line="32" />
        <source>Save the steps as P&amp;DF…</source>
        <translation>把办理步骤存成PDF…(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/channel_page.py" line="60" />
        <source>For “%1”, %2 offers these ways. The first ones are the region's own; pick the one you can use.</source>
        <translation>“%1”在%2可以这样办。排在前面的是本地的办法，选一个您会用的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/channel_page.py" line="64" />
        <source>The region's rules list no way to do this. Ask the local medical-insurance office.</source>
        <translation>本地规定里没有写怎么办这件事，请问当地医保经办机构。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/channel_page.py" line="70" />
        <source>%1 steps</source>
        <translation>共 %1 步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/channel_page.py" line="72" />
        <source>takes a review</source>
        <translation>要等审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/channel_page.py" line="122" />
        <source>First, %1 will open a wallet through “%2”.</source>
        <translation>先由%1在“%2”开通医保钱包。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/channel_page.py" line="131" />
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="63" />
        <source>Import visits from a CSV file</source>
        <translation>从表格文件（CSV）导入就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="74" />
        <source>Rows that can be imported</source>
        <translation>可以导入的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="75" />
        <source>Rows with problems</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="78" />
        <source>Good rows (%1)</source>
        <translation>没问题的行（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="79" />
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="84" />
        <source>&amp;Skip the rows with problems and import the rest</source>
        <translation>跳过有问题的行，导入其余的(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="89" />
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="99" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="100" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="112" />
        <source>%1 rows can be imported.</source>
        <translation>有 %1 行可以导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="114" />
        <source>%1 rows have problems (see the list); nothing is imported while there are problems, unless you choose to skip those rows.</source>
        <translation>有 %1 行有问题（见列表）。有问题时一行也不导入，除非您选择跳过这些行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="117" />
        <source>The file has no row that can be imported.</source>
        <translation>这个文件里没有能导入的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="118" />
        <source>Some rows have problems: choose to skip them to import the others.</source>
        <translation>有些行有问题：选择跳过它们，才能导入其余的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="147" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="152" />
        <source>Imported %1 visits in %2 seconds.</source>
        <translation>用了 %2 秒，导入了 %1 条就医记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="155" />
        <source>%1 rows with problems were skipped.</source>
        <translation>跳过了 %1 行有问题的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="171" />
        <source>Nothing was imported.</source>
        <translation>什么也没有导入。</translation>
    </message>
</context>
<context>
    <name>CsvRowsModel</name>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="14" />
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="25" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="15" />
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="16" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="17" />
        <source>Care</source>
        <translation>就医类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="18" />
        <source>Hospital level</source>
        <translation>医院等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="19" />
        <source>Total</source>
        <translation>总费用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="20" />
        <source>Fund paid</source>
        <translation>统筹实际支付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="21" />
        <source>Wallet</source>
        <translation>医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="22" />
        <source>Hospital or pharmacy</source>
        <translation>医院或药店</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="26" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="27" />
        <source>What is wrong</source>
        <translation>哪里不对</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="57" />
        <source>estimate</source>
        <translation>按估算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="59" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="59" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/dialogs/member_fields.py" line="40" />
        <source>for example 1956-03-08</source>
        <translation>例如 1956-03-08</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_fields.py" line="49" />
        <source>Enter a date, for example 2026-03-08.</source>
        <translation>请填写日期，例如 2026-03-08。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_fields.py" line="55" />
        <source>That is not a date; write it like 1956-03-08.</source>
        <translation>这不是日期，请写成 1956-03-08 这样。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../desktop/ui/guide/done_page.py" line="16" />
        <source>Done</source>
        <translation>办好了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/done_page.py" line="23" />
        <source>Print the &amp;steps…</source>
        <translation>打印办理步骤…(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/done_page.py" line="24" />
        <source>Sa&amp;ve the steps as PDF…</source>
        <translation>把办理步骤存成PDF…(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/done_page.py" line="25" />
        <source>Print the &amp;payment card…</source>
        <translation>打印付款卡…(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/done_page.py" line="26" />
        <source>Save the payment card as P&amp;DF…</source>
        <translation>把付款卡存成PDF…(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/done_page.py" line="48" />
        <source>Binding no. %1 is saved: %2's account for %3 — %4.</source>
        <translation>第 %1 号绑定已记下：%2的账户给%3用——%4。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/done_page.py" line="52" />
        <source>When the review result comes, open the guide again and choose it under “Continue where you left off”.</source>
        <translation>审核结果出来后，再打开向导，在“接着上次没办完的”里选它。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/done_page.py" line="55" />
        <source>It pays for %1 in place %2 of the family accounts (after %1's own account).</source>
        <translation>%1先用自己的账户，然后第 %2 个用这个家人账户付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/done_page.py" line="59" />
        <source>Transfer of %1 from %2 to %3 is recorded.</source>
        <translation>已记下：%2转给%3 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/done_page.py" line="63" />
        <source>%1 must receive it before %2, or it goes back. Mark it received on the Wallet page.</source>
        <translation>%1要在 %2 前接收，不然钱会退回。收到后请在“医保钱包”页标记已接收。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/done_page.py" line="67" />
        <source>The family quota of %1 that %2 set for %3 is recorded.</source>
        <translation>%2给%3设的 %1 共济额度已记下。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/done_page.py" line="70" />
        <source>%1's visits draw on it after %1's own account; %2 cannot spend it while it stands, and what is unused goes back to %2 when it ends.</source>
        <translation>%1看病时先用自己的账户，再用这份额度；额度有效期间%2自己不能用这部分钱，额度结束时没用完的部分退回%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/done_page.py" line="75" />
        <source>%1's insurance wallet is recorded as open since %2.</source>
        <translation>已记下：%1的医保钱包从 %2 起开通。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/done_page.py" line="77" />
        <location filename="../../desktop/ui/guide/done_page.py" line="79" />
        <source>You have gone through every step.</source>
        <translation>所有步骤都做完了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/done_page.py" line="98" />
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="28" />
        <source>Can it be done?</source>
        <translation>能不能办？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="44" />
        <source>Authorization s&amp;tarts on</source>
        <translation>授权开始日期(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="45" />
        <source>Authorization &amp;ends on</source>
        <translation>授权结束日期(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="46" />
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="76" />
        <source>Authorized &amp;amount (yuan)</source>
        <translation>授权额度（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="75" />
        <source>Quota &amp;amount (yuan)</source>
        <translation>额度金额（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="123" />
        <source>%1 sends money to %2, under the rules of %3.</source>
        <translation>%1给%2转钱，按%3的规定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="124" />
        <source>%1 sets a family quota for %2, under the rules of %3.</source>
        <translation>%1给%2设共济额度，按%3的规定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="125" />
        <source>%1 for %2, under the rules of %3.</source>
        <translation>%1给%2用，按%3的规定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="140" />
        <source>Enter the amount of the quota.</source>
        <translation>请填写额度金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="158" />
        <source>No — not as it stands.</source>
        <translation>不行——现在这样办不了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="159" />
        <source>What you can do instead:</source>
        <translation>可以这样办：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="161" />
        <source>Fill in the form above.</source>
        <translation>请把上面的内容填好。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="163" />
        <source>Yes, this can be done.</source>
        <translation>可以，能办。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="164" />
        <source>The official channel will ask for:</source>
        <translation>办理时会要您：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="166" />
        <source>Why it is allowed:</source>
        <translation>为什么可以：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="191" />
        <source>%1's wallet: open since %2.</source>
        <translation>%1的医保钱包：%2 已开通。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="194" />
        <source>%1's wallet: not opened yet — the guide shows how.</source>
        <translation>%1的医保钱包：还没开通——向导会一步步教您开通。</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="33" />
        <location filename="../../desktop/ui/pages/family_page.py" line="51" />
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="38" />
        <source>&amp;Add a member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="39" />
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="40" />
        <source>&amp;Record a balance…</source>
        <translation>记一笔余额(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="41" />
        <source>Re&amp;move</source>
        <translation>删除成员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="42" />
        <source>&amp;Update everyone's balances…</source>
        <translation>更新全家余额(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="44" />
        <source>Type everyone's balance from the official app on one screen (%1)</source>
        <translation>在一个窗口里照官方App填上全家人的余额（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="52" />
        <source>Name, relation or place</source>
        <translation>姓名、关系或参保地</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="62" />
        <location filename="../../desktop/ui/pages/family_page.py" line="110" />
        <source>Balance records</source>
        <translation>余额记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="65" />
        <source>&amp;Delete this balance record</source>
        <translation>删除这条余额记录(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="113" />
        <source>Balance records of %1</source>
        <translation>%1 的余额记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="121" />
        <source>Choose a family member in the table first.</source>
        <translation>请先在表格里选中一位家人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="124" />
        <source>Choose a balance record in the table first.</source>
        <translation>请先在表格里选中一条余额记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="133" />
        <source>%1 was added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="138" />
        <source>%1 was saved.</source>
        <translation>%1 的资料已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="150" />
        <source>Balance of %1 on %2 recorded: %3</source>
        <translation>已记下 %1 在 %2 的余额：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="173" />
        <source>Remove a member</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="174" />
        <source>Remove %1 from the family book?</source>
        <translation>要把 %1 从家庭账本里删除吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="181" />
        <source>%1 was not removed.</source>
        <translation>没有删除 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="188" />
        <source>%1 was removed.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="195" />
        <source>Delete a balance record</source>
        <translation>删除余额记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="196" />
        <source>Delete the balance of %1 on %2?</source>
        <translation>要删除 %2 那天 %1 的余额记录吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="208" />
        <source>The balance record was deleted.</source>
        <translation>余额记录已删除。</translation>
    </message>
</context>
<context>
    <name>FamilyTop</name>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="23" />
        <source>Update balances…</source>
        <translation>更新余额…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="24" />
        <source>Open the Wallet page</source>
        <translation>打开“医保钱包”页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="25" />
        <source>Open the Bindings page</source>
        <translation>打开“共济绑定”页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="26" />
        <source>Open the Family page</source>
        <translation>打开“家庭成员”页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="27" />
        <source>Open the Projection page</source>
        <translation>打开“预测”页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="28" />
        <source>Open the Savings page</source>
        <translation>打开“省钱建议”页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="44" />
        <source>The whole family can use now</source>
        <translation>全家现在一共能用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="52" />
        <source>&amp;Update balances…</source>
        <translation>更新余额(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="54" />
        <source>Type everyone's balance from the official app on one screen (%1)</source>
        <translation>在一个窗口里照官方App填上全家人的余额（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="60" />
        <source>Everyone's own account and wallet added up. Money one person may use from another's account is counted once, in its owner's account.</source>
        <translation>每个人自己的账户和钱包加在一起。家人之间共济的钱只算一次，算在账户主人那里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="71" />
        <source>Next thing to do:</source>
        <translation>下一件要做的事：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="92" />
        <source>The whole family can use now: %1</source>
        <translation>全家现在一共能用：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="104" />
        <source>Nothing needs doing now.</source>
        <translation>现在没有要做的事。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="114" />
        <source>Then, in order:</source>
        <translation>接下来按顺序：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="140" />
        <source>No balance recorded yet for %1, so it is not in this total yet.</source>
        <translation>%1还没记余额，这个总数里还没有算上。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="144" />
        <source>Some balances in this total were recorded more than %1 days ago; it may be out of date.</source>
        <translation>这个总数里有的余额是 %1 多天以前记的，可能已经不准了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="151" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>GuideWizard</name>
    <message>
        <location filename="../../desktop/ui/guide/wizard.py" line="45" />
        <source>Binding guide</source>
        <translation>共济办理向导</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wizard.py" line="49" />
        <source>Continue &amp;later</source>
        <translation>下次接着办(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wizard.py" line="50" />
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wizard.py" line="51" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wizard.py" line="52" />
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wizard.py" line="53" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wizard.py" line="75" />
        <source>Not yet: this page says what is still missing.</source>
        <translation>还不能：这一页写着还缺什么。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wizard.py" line="198" />
        <source>End the binding</source>
        <translation>终止绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wizard.py" line="199" />
        <source>End binding no. %1 now? It stops at once and cannot be undone.</source>
        <translation>现在终止第 %1 号绑定吗？终止后马上失效，不能恢复。</translation>
    </message>
</context>
<context>
    <name>HelpBox</name>
    <message>
        <location filename="../../desktop/ui/help_box.py" line="22" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HomeFacts</name>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="112" />
        <source>No balance recorded yet for %1: type what the official app shows.</source>
        <translation>%1还没记余额：请照官方App填上。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="116" />
        <source>Balances of %1 were recorded more than %2 days ago: check them in the official app.</source>
        <translation>%1的余额是 %2 多天以前记的：请打开官方App核对一下。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="179" />
        <source>No balance recorded yet: press “Update balances” and type what the official app shows, so the figures are right.</source>
        <translation>还没记余额：请按“更新余额”，填上官方App显示的数，这样数字才对。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="203" />
        <source>Balance recorded %1 days ago (%2); it may have changed.</source>
        <translation>余额是 %1 天前（%2）记的，可能已经变了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="207" />
        <source>The wallet balance was recorded %1 days ago (%2); it may have changed.</source>
        <translation>钱包余额是 %1 天前（%2）记的，可能已经变了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="213" />
        <source>The %3 from %4's account is counted from %4's balance recorded %1 days ago (%2).</source>
        <translation>其中从%4账户用的 %3，是按%4 %1 天前（%2）记的余额算的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="226" />
        <source> since %1</source>
        <translation>（从%1起）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="227" />
        <source>Insurance status: %1%2.</source>
        <translation>参保状态：%1%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="236" />
        <source>While it lasts, family accounts cannot pay for this person.</source>
        <translation>这段时间里，家人的账户不能替他付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="250" />
        <source>Waiting period: %1 %4, so the fund pays nothing for visits before %2 (in %3 days).</source>
        <translation>待遇等待期：%1%4，%2 之前（还有 %3 天）的就诊统筹基金不支付。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="257" />
        <source>The waiting period is over: since %1 the fund pays its share of visits again.</source>
        <translation>待遇等待期已结束：从 %1 起统筹基金照常支付就诊费用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="263" />
        <source>The resident-insurance collection period in %1 closes on %2 (in %3 days).</source>
        <translation>%1城乡居民医保集中缴费期 %2 截止（还有 %3 天）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="267" />
        <source>Paid inside it, benefits cover %1 to %2; enrolling later means a waiting period.</source>
        <translation>在期内缴费，可享受 %1 至 %2 的待遇；期外参保要经过待遇等待期。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="281" />
        <source>The binding that lets you use %1's account ends on %2 (in %3 days).</source>
        <translation>你能用%1账户的共济绑定将在 %2 到期（还有 %3 天）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="285" />
        <source>The binding that lets %1 use your account ends on %2 (in %3 days).</source>
        <translation>%1用你账户的共济绑定将在 %2 到期（还有 %3 天）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="307" />
        <source>The binding that lets %1 use your account ends by itself on %2: %3's insurance %4.</source>
        <translation>让%1用你账户的共济绑定将在 %2 自动终止：%3的医保%4。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="310" />
        <source>The binding that let %1 use your account ended by itself on %2: %3's insurance %4.</source>
        <translation>让%1用你账户的共济绑定已在 %2 自动终止：%3的医保%4。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="322" />
        <source>The quota you set for %1 ends by itself on %2: %3's insurance %4. What is left of it then is yours again.</source>
        <translation>你给%1设的共济额度将在 %2 自动终止：%3的医保%4。到时没用完的部分回到你自己手里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="326" />
        <source>The quota you set for %1 ended by itself on %2: %3's insurance %4. The unused %5 is yours again.</source>
        <translation>你给%1设的共济额度已在 %2 自动终止：%3的医保%4。没用完的 %5 又可以自己用了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="344" />
        <source>%1 of your account is set aside as a family quota for %2: you cannot spend it until the quota ends.</source>
        <translation>你账户里有 %1 设成了给%2的共济额度：额度结束前你自己不能用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="364" />
        <source>Your account holds %1, not above the %2 that must stay: family members cannot use it now.</source>
        <translation>你的账户只有 %1，没有超过必须留下的 %2：家人现在用不了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="367" />
        <source>Your account holds %1, close to the %2 that must stay: family members can use only %3 more.</source>
        <translation>你的账户有 %1，快到必须留下的 %2 了：家人最多还能用 %3。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="381" />
        <source>%1 sent %2 to your wallet; it is not received yet. Receive it before %3, or it goes back to %1.</source>
        <translation>%1 转给你的医保钱包 %2，还没有接收。请在 %3 前接收，否则钱会退回给%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="385" />
        <source>The %2 you sent to %1 is not received yet; if it is not received before %3, it comes back to your account.</source>
        <translation>你转给%1的 %2 对方还没有接收；如果 %3 前还不接收，钱会退回你的账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="408" />
        <source>Planned for today, between %1 and %2: send %3 to %4's insurance wallet in %5 transfer(s). Mark each done on the Wallet page once sent.</source>
        <translation>今天 %1 到 %2 之间：分 %5 笔把 %3 转到%4的医保钱包。每转完一笔，到“医保钱包”页点“已转”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="412" />
        <source>Planned for %6 and not marked done: %3 to %4's insurance wallet in %5 transfer(s), between %1 and %2. Send it or mark it done on the Wallet page.</source>
        <translation>原定 %6（%1 到 %2 之间）分 %5 笔把 %3 转到%4的医保钱包，还没标记转完。请转账，或到“医保钱包”页点“已转”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="429" />
        <source>Planned for %1: pay %2's %3 resident-insurance premium, %4, from %5's personal account (in the local insurance app). Remove it on the Savings page once paid.</source>
        <translation>计划在 %1：用%5的个人账户为%2缴纳 %3 年的城乡居民医保保费 %4（在当地医保APP里办理）。交好后在“省钱建议”页移除这条计划。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="448" />
        <source>So “%1” above leaves this account out.</source>
        <translation>所以上面的“%1”没有算这个账户的钱。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/pages/home_page.py" line="76" />
        <source>Press a “can use now” figure to see where the money comes from.</source>
        <translation>点一下“现在一共能用”的金额，可以看到钱从哪里来。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_page.py" line="87" />
        <source>Turn off elder mode</source>
        <translation>关闭长辈模式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_page.py" line="87" />
        <source>Turn on elder mode (large text)</source>
        <translation>开启长辈模式（大字）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_page.py" line="90" />
        <source>Elder mode: text at least 18 pt, big buttons, black on white</source>
        <translation>长辈模式：字不小于 18 磅，按钮大，白底黑字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_page.py" line="99" />
        <source>Today, %1</source>
        <translation>今天是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_page.py" line="130" />
        <source>The demo family is ready. Look around every page.</source>
        <translation>演示家庭已经准备好，可以到各页看看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_page.py" line="133" />
        <source>Saved. Add the others on the Family page; “Update balances” on Home records everyone's balance at once.</source>
        <translation>已保存。请到“家庭成员”页添加其他家人；在首页按“更新余额”可以一次记下全家人的余额。</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/book_import_problems.py" line="17" />
        <source>Nothing was imported</source>
        <translation>什么都没有导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/book_import_problems.py" line="19" />
        <source>%1 has %2 problem(s). Nothing was imported and the book is as it was. Correct the file and import it again.</source>
        <translation>%1 里有 %2 处问题。什么都没有导入，账本保持原样。请改好文件后再导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/book_import_problems.py" line="25" />
        <source>Problems in the file</source>
        <translation>文件里的问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/book_import_problems.py" line="30" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="60" />
        <source>Where in the file</source>
        <translation>在文件里的位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="61" />
        <source>What is wrong</source>
        <translation>哪里不对</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="25" />
        <source>&amp;Let one person's account pay for a relative</source>
        <translation>用一个人的医保账户给家人付钱(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="26" />
        <source>Family sharing (共济): the relative's medicine and visits are paid from your personal account.</source>
        <translation>家庭共济：家人看病买药，用您的个人账户付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="28" />
        <source>&amp;Open an insurance wallet</source>
        <translation>开通医保钱包(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="29" />
        <source>Needed before money can be sent to or received in a wallet.</source>
        <translation>开通以后才能用医保钱包转钱、收钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="30" />
        <source>&amp;Send money to a relative's wallet</source>
        <translation>给家人的医保钱包转钱(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="31" />
        <source>Also across provinces, between close relatives.</source>
        <translation>近亲属之间可以转，跨省也行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="32" />
        <source>Set a family &amp;quota for a relative</source>
        <translation>给家人设共济额度(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="33" />
        <source>Through the insurance wallet: the money stays in your account, set aside for the relative, who uses it after their own account.</source>
        <translation>通过医保钱包：钱留在你的账户里，给家人留出这一部分；家人先用自己的账户，再用这份额度。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="35" />
        <source>Look up &amp;visit records</source>
        <translation>查看病记录(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="36" />
        <source>See what was spent and what the shared money paid.</source>
        <translation>看看花了多少钱，共济的钱付了多少。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="37" />
        <source>&amp;Pay a relative's resident insurance premium</source>
        <translation>替家人交居民医保费(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="38" />
        <source>From your personal account, for a relative you share with.</source>
        <translation>用您的个人账户，给已经共济绑定的家人交。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="50" />
        <source>What would you like to do?</source>
        <translation>您想办什么事？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="72" />
        <source>Continue where you left off</source>
        <translation>接着上次没办完的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="95" />
        <source>Today the insurance wallet shares by “%1” (the rules in force).</source>
        <translation>今天医保钱包按“%1”方式共济（当天施行的规定）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="96" />
        <source>Today the insurance wallet shares by “%1” (the family's choice on the Wallet page).</source>
        <translation>今天医保钱包按“%1”方式共济（家庭在“医保钱包”页的选择）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="109" />
        <source>&amp;Continue</source>
        <translation>接着办(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="111" />
        <source>Continue: %1</source>
        <translation>接着办：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="113" />
        <source>Forget</source>
        <translation>不办了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="115" />
        <source>Forget this guide</source>
        <translation>不再接着办这件事</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="139" />
        <source>step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="142" />
        <source>checking whether it can be done</source>
        <translation>正在看能不能办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="144" />
        <source>waiting for the review result</source>
        <translation>等审核结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="145" />
        <location filename="../../desktop/ui/guide/intro_page.py" line="146" />
        <location filename="../../desktop/ui/guide/intro_page.py" line="147" />
        <source>entering the result</source>
        <translation>正在填办理结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="148" />
        <source>done</source>
        <translation>办好了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="149" />
        <source>not started yet</source>
        <translation>还没开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="143" />
        <source>choosing how</source>
        <translation>正在选办理方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="150" />
        <source>saved %1</source>
        <translation>%1 保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="155" />
        <source>Forget the guide</source>
        <translation>不办了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="155" />
        <source>Forget this half-done guide? Nothing else is deleted.</source>
        <translation>这件事不接着办了吗？只删掉办理进度，别的都不删。</translation>
    </message>
</context>
<context>
    <name>LocalRulesBox</name>
    <message>
        <location filename="../../desktop/ui/pages/local_rules_box.py" line="19" />
        <location filename="../../desktop/ui/pages/local_rules_box.py" line="94" />
        <source>Local rules and the new national rules</source>
        <translation>地方规定与国家新规定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/local_rules_box.py" line="22" />
        <source>Some regions' older rules differ from the national rules that came later. The sources do not say which one wins, so the figures follow the national rules unless you choose otherwise here. Changing it re-counts every recorded visit.</source>
        <translation>有些地区原有的规定和后来的国家规定不一致。来源没有说明哪一条优先，所以除非您在这里另选，程序都按国家规定计算。改了以后会把已记下的每一次就诊重新计算一遍。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/local_rules_box.py" line="76" />
        <source>Follow the national rules from %1 (default)</source>
        <translation>从 %1 起按国家规定（默认）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/local_rules_box.py" line="77" />
        <source>Keep the local rules of %1</source>
        <translation>沿用%1的地方规定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/local_rules_box.py" line="79" />
        <source>Which rules apply in %1</source>
        <translation>%1按哪种规定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/local_rules_box.py" line="95" />
        <source>Counting every recorded visit again with the chosen rules… The figures shown are the old ones until this is done.</source>
        <translation>正在按选定的规定重新计算每一次就诊……算完之前显示的还是原来的数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/local_rules_box.py" line="102" />
        <source>Choice of rules saved; visits re-counted.</source>
        <translation>规定的选择已保存，就诊已重新计算。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="50" />
        <location filename="../../desktop/ui/self_test.py" line="109" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="51" />
        <source>Family</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="52" />
        <source>Bindings</source>
        <translation>共济绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="53" />
        <source>Visits</source>
        <translation>就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="54" />
        <source>Wallet</source>
        <translation>医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="55" />
        <source>Projection</source>
        <translation>余额预测</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="56" />
        <source>Savings plan</source>
        <translation>省钱建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="57" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="313" />
        <source>Nothing was changed</source>
        <translation>什么也没有改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="437" />
        <source>Balances recorded: %1.</source>
        <translation>已记下 %1 笔余额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="73" />
        <location filename="../../desktop/ui/main_window.py" line="111" />
        <source>FamilyPool</source>
        <translation>家庭共济助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127" />
        <location filename="../../desktop/ui/main_window.py" line="135" />
        <location filename="../../desktop/ui/main_window.py" line="409" />
        <source>Opening the family book…</source>
        <translation>正在打开家庭账本…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147" />
        <location filename="../../desktop/ui/main_window.py" line="410" />
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="50" />
        <source>Add the first family member</source>
        <translation>添加第一位家庭成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="50" />
        <source>Add a family member</source>
        <translation>添加家庭成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="52" />
        <source>Change %1</source>
        <translation>修改 %1 的资料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="55" />
        <source>Start with yourself or whoever looks after the family's insurance; “Save and add the next person” brings this form again for the others. Have the official app open: each person's balance now is asked at the end (or tick “I don't know yet”).</source>
        <translation>先从您自己或管家里医保的人开始；按“保存并添加下一位”可以接着添加其他家人。请把官方医保App打开：最后会问每个人现在的余额（不知道的话勾选“还不知道”）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="71" />
        <source>Head of the household</source>
        <translation>户主本人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="77" />
        <source>Recorded: %1</source>
        <translation>已记录：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="78" />
        <source>Type a new number only to change it.</source>
        <translation>要改号码时才需要重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="80" />
        <source>18 characters; may be left empty</source>
        <translation>18 位号码，可以不填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="87" />
        <source>the day the premium was paid; may be left empty</source>
        <translation>缴费的日子；可以不填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="89" />
        <source>Not recorded</source>
        <translation>没有记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="90" />
        <source>Yes, inside the collection period</source>
        <translation>是，在集中缴费期内</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="91" />
        <source>No, outside it (enrolled late)</source>
        <translation>否，在缴费期外（晚参保）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="95" />
        <source>none</source>
        <translation>没有</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="96" />
        <source> year(s)</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="107" />
        <source>since when; may be left empty</source>
        <translation>从哪天起，可以不填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="110" />
        <source>Continues</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="111" />
        <source>Ended</source>
        <translation>终止参保</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="112" />
        <source>Moved to another pooling region</source>
        <translation>转到其他统筹地区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="113" />
        <source>From that day every binding and quota of this person ends by itself.</source>
        <translation>从那天起，这个人的所有共济绑定和共济额度都自动终止。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="115" />
        <source>the day it ended or moved</source>
        <translation>终止或转移的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="118" />
        <location filename="../../desktop/ui/dialogs/member_form.py" line="126" />
        <source>may be left empty</source>
        <translation>可以不填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="124" />
        <source>as the official app shows it</source>
        <translation>照官方App上显示的填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="127" />
        <source>I don't &amp;know yet</source>
        <translation>还不知道(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="128" />
        <source>I don't know the balance yet</source>
        <translation>还不知道余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="129" />
        <source>Record it later with “Update balances” on Home.</source>
        <translation>以后可以在首页按“更新余额”再记。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="132" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="132" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="133" />
        <source>&amp;Relation to the head</source>
        <translation>与户主的关系(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="133" />
        <source>Relation to the head</source>
        <translation>与户主的关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="134" />
        <source>&amp;ID number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="134" />
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="135" />
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="135" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="136" />
        <source>Insured &amp;place</source>
        <translation>参保地(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="136" />
        <source>Insured place</source>
        <translation>参保地</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="137" />
        <source>Insurance &amp;type</source>
        <translation>参保类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="137" />
        <source>Insurance type</source>
        <translation>参保类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="138" />
        <source>&amp;Enrolled and paid on</source>
        <translation>参保缴费日期(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="138" />
        <source>Enrolled and paid on</source>
        <translation>参保缴费日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="139" />
        <source>In the collection perio&amp;d</source>
        <translation>是否在缴费期内(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="140" />
        <source>In the collection period</source>
        <translation>是否在缴费期内</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="141" />
        <source>&amp;Years uninsured before</source>
        <translation>此前断保年数(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="142" />
        <source>Years uninsured before</source>
        <translation>此前断保年数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="143" />
        <source>&amp;Working or retired</source>
        <translation>在职还是退休(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="143" />
        <source>Working or retired</source>
        <translation>在职还是退休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="144" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="144" />
        <source>Stat&amp;us</source>
        <translation>参保状态(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="145" />
        <source>Status since</source>
        <translation>状态开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="145" />
        <source>Status sin&amp;ce</source>
        <translation>状态开始日期(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="146" />
        <source>Insurance &amp;ended or moved</source>
        <translation>参保终止或转移(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="147" />
        <source>Insurance ended or moved</source>
        <translation>参保终止或转移</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="148" />
        <source>Ended or mo&amp;ved on</source>
        <translation>终止或转移日期(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="148" />
        <source>Ended or moved on</source>
        <translation>终止或转移日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="149" />
        <source>Moved &amp;from</source>
        <translation>原来的参保地(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="149" />
        <source>Moved from</source>
        <translation>原来的参保地</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="150" />
        <source>Wallet opened on</source>
        <translation>医保钱包开通日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="150" />
        <source>Wa&amp;llet opened on</source>
        <translation>医保钱包开通日期(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="151" />
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="151" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="155" />
        <source>Own &amp;account now (yuan)</source>
        <translation>个人账户现在有（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="155" />
        <source>Own account balance now</source>
        <translation>个人账户现在的余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="156" />
        <source>Wallet &amp;money now (yuan)</source>
        <translation>医保钱包现在有（元）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="156" />
        <source>Wallet balance now</source>
        <translation>医保钱包现在的余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="165" />
        <source>Problem with %1</source>
        <translation>%1填写有误</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="171" />
        <source>From that day every binding and quota of this person ends by itself, and what is left of a quota goes back to whoever set it. For a move, “Insured place” above is the new place.</source>
        <translation>从那天起，这个人的所有共济绑定和共济额度都自动终止，额度没用完的部分退回设额度的人。转移参保时，上面的“参保地”填新的参保地。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="192" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="193" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="198" />
        <source>Save and add the ne&amp;xt person</source>
        <translation>保存并添加下一位(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="340" />
        <source>Say whether it was inside the collection period: enrolling late means a waiting period before the fund pays.</source>
        <translation>请选择是否在集中缴费期内缴费：晚参保要经过待遇等待期，统筹基金才开始支付。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="342" />
        <source>No waiting period: the fund pays from the start.</source>
        <translation>没有待遇等待期：统筹基金从一开始就支付。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="343" />
        <source>Waiting period of %1 month(s): the fund pays nothing for visits before %2. %3</source>
        <translation>待遇等待期 %1 个月：%2 之前的就诊统筹基金不支付。%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="362" />
        <source>Choose the province and the city where this person is insured.</source>
        <translation>请选择这个人参保所在的省和市。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="372" />
        <source>The ID number says this person was born on %1; please check both.</source>
        <translation>身份证号码显示出生日期是 %1，请核对这两项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="381" />
        <source>This date is in the future.</source>
        <translation>这个日期还没到。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="407" />
        <source>Please correct the fields marked above; nothing was saved yet.</source>
        <translation>请改正上面标出的地方；现在还没有保存。</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="18" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="19" />
        <source>Relation to the head</source>
        <translation>与户主的关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="20" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="21" />
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="22" />
        <source>Insured place</source>
        <translation>参保地</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="23" />
        <source>Insurance</source>
        <translation>参保类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="24" />
        <source>Working or retired</source>
        <translation>在职还是退休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="25" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_words.py" line="29" />
        <source>Head of the household</source>
        <translation>户主本人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_words.py" line="36" />
        <source> (since %1)</source>
        <translation>（从 %1 起）</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="32" />
        <source>Each person's money at a glance, and what needs doing soon.</source>
        <translation>一眼看到每个人的钱，以及近期要办的事。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="33" />
        <source>The people of the family and the balances read from the official app.</source>
        <translation>家里的人，以及从官方应用里看到的余额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="34" />
        <source>Who may pay for whom, and the guide to set it up.</source>
        <translation>谁可以替谁付钱（家庭共济），以及办理向导。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="35" />
        <source>Medical visits and who paid for each.</source>
        <translation>看病的记录，以及每次由谁付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="36" />
        <source>Transfers into a relative's medical-insurance wallet.</source>
        <translation>转进亲属医保钱包的钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="37" />
        <source>How long each account lasts, and what-ifs.</source>
        <translation>每个账户还能用多久，以及“如果……会怎样”。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="38" />
        <source>The arrangement of bindings, premiums and transfers that saves the family the most cash, step by step.</source>
        <translation>最能为全家省下现金的共济绑定、代缴保费和钱包转账安排，一步一步说明。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="40" />
        <source>Language, large text, backups and the whole book as a file.</source>
        <translation>语言、大字、备份，以及整本账存成文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="54" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="55" />
        <source>&amp;New member…</source>
        <translation>新增家庭成员(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="56" />
        <source>Add a person of the family</source>
        <translation>把一位家人加进账本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="58" />
        <source>&amp;Import a book…</source>
        <translation>导入账本(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="60" />
        <source>Put a whole book from a file in place of this one</source>
        <translation>用文件里的整本账替换现在这本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="61" />
        <source>E&amp;xport the book…</source>
        <translation>导出账本(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="63" />
        <source>Save the whole book to a file</source>
        <translation>把整本账存成一个文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="64" />
        <source>&amp;Back up now</source>
        <translation>马上备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="65" />
        <source>Make a backup of the book now</source>
        <translation>现在给账本做一个备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="66" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="68" />
        <source>Save what this page shows as a PDF to print</source>
        <translation>把这一页的内容存成 PDF，便于打印</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="70" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="72" />
        <source>Close FamilyPool (every change is already saved)</source>
        <translation>关闭家庭共济助手（所有改动都已保存）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="74" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="75" />
        <location filename="../../desktop/ui/menus.py" line="139" />
        <location filename="../../desktop/ui/menus.py" line="159" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="77" />
        <location filename="../../desktop/ui/menus.py" line="141" />
        <location filename="../../desktop/ui/menus.py" line="159" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="80" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="81" />
        <source>Put the cursor in this page's search box</source>
        <translation>把光标放进这一页的搜索框</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="83" />
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="84" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="92" />
        <source>Elder mode (large &amp;text)</source>
        <translation>长辈模式（大字）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="97" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="98" />
        <source>&amp;Help contents</source>
        <translation>帮助内容(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="100" />
        <source>&amp;About FamilyPool</source>
        <translation>关于家庭共济助手(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="138" />
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="140" />
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="164" />
        <source>FamilyPool keeps the family's medical-insurance accounts, who may pay for whom, visits and wallet transfers, and shows what is left.</source>
        <translation>家庭共济助手记下家里的医保个人账户、谁可以替谁付钱、看病记录和钱包转账，并算出还剩多少。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="166" />
        <source>Every change can be undone from the Edit menu, one step at a time.</source>
        <translation>每一处改动都可以在“编辑”菜单里一步一步撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="167" />
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="167" />
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="175" />
        <source>FamilyPool help</source>
        <translation>家庭共济助手帮助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="188" />
        <source>Plans and tracks the family's sharing of medical-insurance personal accounts. Everything stays on this computer.</source>
        <translation>规划和记录家庭共济：家人之间共用医保个人账户。所有数据只保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="190" />
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="197" />
        <source>About FamilyPool</source>
        <translation>关于家庭共济助手</translation>
    </message>
</context>
<context>
    <name>MomentDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/moment_dialog.py" line="34" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="19" />
        <source>Enter an amount, for example 120.50.</source>
        <translation>请输入金额，例如 120.50。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="20" />
        <source>The amount cannot be negative.</source>
        <translation>金额不能是负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="21" />
        <source>That is not an amount; write it like 1234.50.</source>
        <translation>这不是金额，请写成 1234.50 这样。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="22" />
        <source>At most two decimals (the smallest unit is 0.01 yuan).</source>
        <translation>最多两位小数（最小单位是 0.01 元）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="23" />
        <source>Over ¥100,000,000; please check the amount.</source>
        <translation>超过一亿元，请检查金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="25" />
        <source>That is not an amount.</source>
        <translation>这不是金额。</translation>
    </message>
</context>
<context>
    <name>PaymentOrderBox</name>
    <message>
        <location filename="../../desktop/ui/pages/payment_order_box.py" line="12" />
        <source>As the region's rules say (default)</source>
        <translation>按当地规定（默认）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/payment_order_box.py" line="13" />
        <source>Wallet first, then family accounts</source>
        <translation>先用医保钱包，再用家人账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/payment_order_box.py" line="14" />
        <source>Family accounts first, then the wallet</source>
        <translation>先用家人账户，再用医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/payment_order_box.py" line="22" />
        <location filename="../../desktop/ui/pages/payment_order_box.py" line="57" />
        <source>Order of payment</source>
        <translation>付款顺序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/payment_order_box.py" line="25" />
        <source>The own account always pays first and cash last. The rules do not say whether the insurance wallet pays before or after family accounts; choose what your hospital does. Changing it re-counts every recorded visit.</source>
        <translation>总是先用本人账户，最后才付现金。政策没有说医保钱包是在家人账户之前还是之后用；请按您看病的医院实际的做法来选。改了以后，所有已记下的看病记录会重新算一遍。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/payment_order_box.py" line="34" />
        <source>Where the wallet pays</source>
        <translation>医保钱包的付款顺序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/payment_order_box.py" line="58" />
        <source>Counting every recorded visit again with the new order… The figures shown are the old ones until this is done.</source>
        <translation>正在按新的顺序重新计算每一条就诊记录…… 算完之前，页面上显示的还是原来的数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/payment_order_box.py" line="65" />
        <source>Order of payment saved; visits re-counted.</source>
        <translation>付款顺序已保存，看病记录已重新计算。</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="12" />
        <location filename="../../desktop/ui/guide/people_page.py" line="14" />
        <location filename="../../desktop/ui/guide/people_page.py" line="15" />
        <source>&amp;Whose account pays</source>
        <translation>用谁的账户付钱(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="13" />
        <source>&amp;Who sends the money</source>
        <translation>谁转出钱(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="16" />
        <source>Who bene&amp;fits</source>
        <translation>给谁用(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="17" />
        <location filename="../../desktop/ui/guide/people_page.py" line="18" />
        <source>Who &amp;receives it</source>
        <translation>谁收钱(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="19" />
        <source>Whose &amp;premium</source>
        <translation>给谁交保费(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="26" />
        <source>Who is it for?</source>
        <translation>谁给谁办？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="28" />
        <source>Add the family members first, on the Family page.</source>
        <translation>请先在“家庭成员”页添加家人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="58" />
        <source>&amp;Whose</source>
        <translation>谁的(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="78" />
        <location filename="../../desktop/ui/guide/people_page.py" line="85" />
        <source>— choose —</source>
        <translation>——请选择——</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="106" />
        <source>%1 is %2's</source>
        <translation>%1是%2的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="125" />
        <source>The rules of %1 apply: %2 is insured there.</source>
        <translation>按%1的规定办：%2在那里参保。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="130" />
        <source>%1 is insured in %2.</source>
        <translation>%1在%2参保。</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="33" />
        <source>Status: %1</source>
        <translation>参保状态：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="38" />
        <location filename="../../desktop/ui/pages/home_card.py" line="125" />
        <source>Own account</source>
        <translation>本人个人账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="42" />
        <location filename="../../desktop/ui/pages/home_card.py" line="127" />
        <source>Insurance wallet</source>
        <translation>医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="44" />
        <location filename="../../desktop/ui/pages/home_facts.py" line="449" />
        <source>Can use now in all</source>
        <translation>现在一共能用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="51" />
        <source>Show where this money comes from</source>
        <translation>看看这些钱从哪里来</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="52" />
        <source>Can use now in all: %1</source>
        <translation>现在一共能用：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="53" />
        <source>Press Enter to show where this money comes from</source>
        <translation>按回车键看这些钱从哪里来</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="68" />
        <source>Counted from the balance recorded on %1.</source>
        <translation>从 %1 记下的余额算起。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="84" />
        <source>Binding guide…</source>
        <translation>共济办理向导…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="85" />
        <source>Step by step: let a family member's account pay for %1</source>
        <translation>一步一步办：让家人的医保账户给%1付钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="87" />
        <source>Binding guide for %1</source>
        <translation>%1的共济办理向导</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="102" />
        <source>not recorded yet</source>
        <translation>还没记</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="104" />
        <source>%1 (used up)</source>
        <translation>%1（已经用完）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="129" />
        <source>%1's account (family)</source>
        <translation>%1的账户（家庭共济）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="130" />
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="134" />
        <source>• Nothing can be used at the moment.</source>
        <translation>• 现在没有能用的钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="135" />
        <source>= %1 in all</source>
        <translation>= 一共 %1</translation>
    </message>
</context>
<context>
    <name>PlanBox</name>
    <message>
        <location filename="../../desktop/ui/pages/savings_plan_box.py" line="29" />
        <source>Best plan</source>
        <translation>最佳方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_plan_box.py" line="29" />
        <source>Plan %1</source>
        <translation>方案 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_plan_box.py" line="34" />
        <source>Expected to save %1 in cash</source>
        <translation>预计少自付 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_plan_box.py" line="37" />
        <source>In 8 of 10 simulated futures the saving is between %1 and %2.</source>
        <translation>在 10 次模拟中有 8 次，少自付的钱在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_plan_box.py" line="41" />
        <source>The expected figure uses an average month; the simulated futures replay whole past months, so it can fall outside their range.</source>
        <translation>预计数字按平均每月的花费算；模拟是把过去的月份整月重演，所以预计数字可能落在模拟的范围之外。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_plan_box.py" line="45" />
        <source>%1 pays %2 instead of %3.</source>
        <translation>%1 自付 %2（不办是 %3）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_plan_box.py" line="57" />
        <source>Start this</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_plan_box.py" line="58" />
        <source>Start step %1</source>
        <translation>开始办理第 %1 步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_plan_box.py" line="67" />
        <source>The rules it relies on:</source>
        <translation>依据的规定：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_plan_box.py" line="70" />
        <source>What it asks of you:</source>
        <translation>需要大家做的：</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../desktop/ui/models/plan_model.py" line="13" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/plan_model.py" line="14" />
        <source>Send at (China time)</source>
        <translation>转出时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/plan_model.py" line="15" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/plan_model.py" line="16" />
        <source>Must be received before</source>
        <translation>对方须在此前接收</translation>
    </message>
</context>
<context>
    <name>PlannedModel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="59" />
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="60" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="61" />
        <source>Kind of care</source>
        <translation>就医类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="62" />
        <source>Hospital level</source>
        <translation>医院等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="63" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="64" />
        <source>Every month until</source>
        <translation>每月一直到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="65" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="90" />
        <source>no end</source>
        <translation>不限结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="89" />
        <source>once</source>
        <translation>一次</translation>
    </message>
</context>
<context>
    <name>PlannedPremiumsBox</name>
    <message>
        <location filename="../../desktop/ui/pages/savings_planned.py" line="16" />
        <source>Planned premium payments</source>
        <translation>计划代缴的保费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_planned.py" line="36" />
        <source>%1: %2's %3 resident-insurance premium, %4, from %5's personal account.</source>
        <translation>%1：用%5的个人账户为%2缴纳 %3 年的城乡居民医保保费 %4。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_planned.py" line="41" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_planned.py" line="42" />
        <source>Remove the planned premium of %1</source>
        <translation>移除%1的计划代缴保费</translation>
    </message>
</context>
<context>
    <name>PlannedTransfersModel</name>
    <message>
        <location filename="../../desktop/ui/models/planned_transfers_model.py" line="15" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/planned_transfers_model.py" line="16" />
        <source>Send between</source>
        <translation>可以转账的时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/planned_transfers_model.py" line="17" />
        <source>From</source>
        <translation>转出人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/planned_transfers_model.py" line="18" />
        <source>To</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/planned_transfers_model.py" line="19" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/planned_transfers_model.py" line="20" />
        <source>Sent?</source>
        <translation>转了没有</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/planned_transfers_model.py" line="26" />
        <source>✓ Sent</source>
        <translation>✓ 已转</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/planned_transfers_model.py" line="28" />
        <source>⚠ Its day has passed: not marked sent</source>
        <translation>⚠ 日子已过，还没标记已转</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/planned_transfers_model.py" line="30" />
        <source>Send today</source>
        <translation>今天转</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/planned_transfers_model.py" line="31" />
        <source>Still to send</source>
        <translation>还没到日子</translation>
    </message>
</context>
<context>
    <name>PlannerDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="48" />
        <source>Plan wallet transfers</source>
        <translation>安排钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="50" />
        <source>How to move a larger amount: the planner splits it into transfers the rules allow and gives the earliest times to send them.</source>
        <translation>要转一笔较大的钱：这里按规定把它分成几笔，并给出最早可以转出的时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="69" />
        <source>&amp;From</source>
        <translation>转出人(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="69" />
        <source>Who sends</source>
        <translation>谁转出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="70" />
        <source>&amp;To</source>
        <translation>接收人(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="70" />
        <source>Who receives</source>
        <translation>谁接收</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="71" />
        <source>&amp;Amount (¥)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="71" />
        <source>Amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="72" />
        <source>&amp;Needed by (China time)</source>
        <translation>最晚要在（北京时间）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="72" />
        <source>Deadline, China time</source>
        <translation>最晚时间，北京时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="79" />
        <source>What the plan says</source>
        <translation>安排结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="82" />
        <source>Schedule</source>
        <translation>转账安排</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="85" />
        <source>No one in the family can send wallet transfers: only people with employee or flexible insurance can.</source>
        <translation>家里没有人能用医保钱包转出：只有职工医保或灵活就业参保的人可以。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="92" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="93" />
        <source>&amp;Keep as planned transfers</source>
        <translation>记为计划的转账(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="94" />
        <source>Keep this schedule: the Wallet page lists it, Home reminds on each day</source>
        <translation>记下这个安排：“医保钱包”页会列出来，到了那天首页会提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="97" />
        <source>&amp;Print the plan…</source>
        <translation>打印这个安排(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="98" />
        <source>Print the kept transfers in big type, with a box to tick for each</source>
        <translation>用大字打印记下的转账，每笔前有一个方框可以打勾</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="134" />
        <source>Type the amount to move.</source>
        <translation>请填写要转的金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="162" />
        <source>Kept: %1 planned transfers, on the Wallet page. Home reminds %2 on each day.</source>
        <translation>已记下 %1 笔计划的转账，在“医保钱包”页。到了那天首页会提醒%2。</translation>
    </message>
</context>
<context>
    <name>PolicyChangesModel</name>
    <message>
        <location filename="../../desktop/ui/pages/policy_file_models.py" line="18" />
        <source>Rule</source>
        <translation>规定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/policy_file_models.py" line="19" />
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/policy_file_models.py" line="20" />
        <source>With the file</source>
        <translation>载入后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/policy_file_models.py" line="21" />
        <source>Source</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>PolicyFileDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/policy_file_dialog.py" line="19" />
        <source>Load a policy file?</source>
        <translation>载入这个政策文件吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/policy_file_dialog.py" line="23" />
        <source>%1 holds the rules of %2, version %3, a region the app has no rules of its own for.</source>
        <translation>%1 是%2的规定（%3 版）；程序原来没有这个地区的规定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/policy_file_dialog.py" line="25" />
        <source>%1 holds the rules of %2, version %3. It replaces the policy file loaded before (version %4).</source>
        <translation>%1 是%2的规定（%3 版），将代替之前载入的政策文件（%4 版）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/policy_file_dialog.py" line="28" />
        <source>%1 holds the rules of %2, version %3. It replaces the rules that came with the app (version %4).</source>
        <translation>%1 是%2的规定（%3 版），将代替程序自带的规定（%4 版）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/policy_file_dialog.py" line="32" />
        <source>It passed every check. It changes %1 rule(s):</source>
        <translation>文件已全部检查通过，会改动 %1 项规定：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/policy_file_dialog.py" line="37" />
        <source>What the file changes</source>
        <translation>文件改动的规定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/policy_file_dialog.py" line="40" />
        <source>Once loaded, every recorded visit is worked out again under these rules. You can remove the file later in Settings; the rules that came with the app then apply again.</source>
        <translation>载入后，所有已记录的就诊都会按新规定重新计算。以后可以在“设置”里移除这个文件，届时重新使用程序自带的规定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/policy_file_dialog.py" line="48" />
        <source>&amp;Load it</source>
        <translation>载入(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/policy_file_dialog.py" line="49" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PolicyFilesModel</name>
    <message>
        <location filename="../../desktop/ui/pages/policy_file_models.py" line="12" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/policy_file_models.py" line="13" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/policy_file_models.py" line="14" />
        <source>In use</source>
        <translation>是否在用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/policy_file_models.py" line="15" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/policy_file_models.py" line="74" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/policy_file_models.py" line="75" />
        <source>no: the file no longer passes the checks, so the bundled rules apply</source>
        <translation>否：文件已通不过检查，仍用程序自带的规定</translation>
    </message>
</context>
<context>
    <name>ProjectionModels</name>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="16" />
        <source>runs out</source>
        <translation>用完</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="17" />
        <source>down to the reserve</source>
        <translation>降到必须保留的钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="18" />
        <source>lowest</source>
        <translation>最低点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="19" />
        <source>cash out of pocket</source>
        <translation>自己掏现金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="20" />
        <source>same</source>
        <translation>一样</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="21" />
        <source>changed</source>
        <translation>变了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="22" />
        <source>runs out in</source>
        <translation>哪个月用完</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="23" />
        <source>down to the reserve in</source>
        <translation>哪个月降到必须保留的钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="24" />
        <source>left at the end</source>
        <translation>最后还剩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="40" />
        <source>not in this period</source>
        <translation>这段时间内不会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="80" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="81" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="82" />
        <source>At the start</source>
        <translation>月初</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="83" />
        <source>Money in</source>
        <translation>划入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="84" />
        <source>Own use</source>
        <translation>自己用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="85" />
        <source>Paid for family</source>
        <translation>给家人付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="86" />
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="87" />
        <source>At the end</source>
        <translation>月底</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="88" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="100" />
        <source>%1 (today is its last day)</source>
        <translation>%1（今天是最后一天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="102" />
        <source>%1 (the last %2 days)</source>
        <translation>%1（最后 %2 天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="131" />
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="132" />
        <source>Medical costs</source>
        <translation>看病总花费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="133" />
        <source>Insurance fund pays</source>
        <translation>医保统筹报销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="134" />
        <source>Own account and wallet</source>
        <translation>自己的账户和钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="135" />
        <source>Family accounts</source>
        <translation>家人账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="136" />
        <source>Premiums</source>
        <translation>保费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="137" />
        <source>Cash out of pocket</source>
        <translation>自己掏现金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="138" />
        <source>Cash from</source>
        <translation>从哪个月开始掏现金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="172" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="166" />
        <source>What</source>
        <translation>什么</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="167" />
        <source>As things are</source>
        <translation>照现在这样</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="168" />
        <source>With the change</source>
        <translation>改了以后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="169" />
        <source>Difference</source>
        <translation>差多少</translation>
    </message>
</context>
<context>
    <name>ProjectionPage</name>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="118" />
        <location filename="../../desktop/ui/pages/projection_report.py" line="33" />
        <source>Projection</source>
        <translation>余额预测</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="121" />
        <source>How long each person's money will last, month by month. It starts from today's balances (the ones Home shows), covers the rest of this month, adds each month's credit, and takes off what each person usually spends (the average of their last 12 months of visits) and the planned costs. Nothing here changes your records.</source>
        <translation>每个人的钱还能用多久，一个月一个月算给您看。从今天的余额（首页上显示的）算起，先算这个月剩下的日子，再加上每月划入的钱，减去每个人平常的花费（最近12个月看病的平均数）和计划好的花费。这里的计算不会改动您的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="136" />
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="137" />
        <source>How many months ahead</source>
        <translation>往后算几个月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="139" />
        <source>Which account to show</source>
        <translation>看哪个账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="141" />
        <source>Compare with a what-if</source>
        <translation>和“假如”比一比</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="142" />
        <source>&amp;Months ahead</source>
        <translation>往后算(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="142" />
        <source>&amp;Show</source>
        <translation>看(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="143" />
        <source>&amp;Compare with</source>
        <translation>比一比(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="155" />
        <source>Pla&amp;ns…</source>
        <translation>计划(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="156" />
        <source>Planned costs, monthly figures and wallet transfers</source>
        <translation>计划的花费、每月的数字和钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="158" />
        <source>&amp;What if…</source>
        <translation>假如(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="159" />
        <source>Try a change and compare it with the plan as it is</source>
        <translation>试一个改动，和现在的情况比一比</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="160" />
        <source>&amp;Drop this what-if</source>
        <translation>不要这个假如(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="161" />
        <source>Forget the chosen what-if</source>
        <translation>去掉选中的“假如”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="162" />
        <source>How &amp;likely?</source>
        <translation>可能性有多大？(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="163" />
        <source>Simulate 1,000 possible futures from past visits</source>
        <translation>按以前看病的情况，模拟1000种可能的将来</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="164" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="164" />
        <source>Stop the simulation</source>
        <translation>停止模拟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="171" />
        <source>Save the chart as a &amp;picture…</source>
        <translation>把图存成图片(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="172" />
        <source>Save the chart as a PNG picture</source>
        <translation>把走势图存成 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="173" />
        <source>Save a &amp;report (PDF)…</source>
        <translation>存一份报告（PDF）(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="174" />
        <source>Save the whole projection as a PDF report</source>
        <translation>把整个预测存成 PDF 报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="181" />
        <source>Simulation progress</source>
        <translation>模拟进度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="189" />
        <source>In short</source>
        <translation>简单说</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="190" />
        <source>Summary of the projection</source>
        <translation>预测结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="197" />
        <source>Point at the chart (or use the arrow keys on it) to see a month's figures. ✕ marks the month an account runs out; ○ its lowest point.</source>
        <translation>把鼠标放到图上（或在图上按左右方向键）可以看当月的数字。✕ 表示账户在这个月用完；○ 表示最低点。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="205" />
        <location filename="../../desktop/ui/pages/projection_report.py" line="34" />
        <source>How likely</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="206" />
        <source>How likely the money runs out</source>
        <translation>钱用完的可能性</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="211" />
        <source>The changes of the what-if</source>
        <translation>这个假如改了什么</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="212" />
        <source>What the what-if changes</source>
        <translation>这个假如带来的变化</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="214" />
        <source>The plan and the what-if</source>
        <translation>现在的情况和假如的情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="218" />
        <location filename="../../desktop/ui/pages/projection_report.py" line="36" />
        <source>Month by month</source>
        <translation>每个月的明细</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="220" />
        <source>Each account month by month</source>
        <translation>每个账户每个月的明细</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="223" />
        <location filename="../../desktop/ui/pages/projection_report.py" line="35" />
        <source>Cash out of pocket</source>
        <translation>自己掏现金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="225" />
        <source>What each person pays</source>
        <translation>每个人要付多少</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="228" />
        <location filename="../../desktop/ui/pages/projection_report.py" line="37" />
        <source>About these figures</source>
        <translation>关于这些数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="275" />
        <source>Add the family on the Family page first.</source>
        <translation>请先在“家庭成员”页添加家人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="279" />
        <source>Add the family on the Family page first; the projection starts from the balances recorded there.</source>
        <translation>请先在“家庭成员”页添加家人；预测从那里记下的余额算起。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="310" />
        <source>Every account</source>
        <translation>每个账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="314" />
        <location filename="../../desktop/ui/pages/projection_page.py" line="436" />
        <source>All accounts together</source>
        <translation>全家账户合计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="321" />
        <source>Nothing (the plan as it is)</source>
        <translation>不比（照现在这样）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="326" />
        <source>Choose a what-if first.</source>
        <translation>请先选一个假设。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="343" />
        <source>In short: from today (%1) to %2</source>
        <translation>简单说：从今天（%1）到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="346" />
        <source>In short: %1 to %2</source>
        <translation>简单说：%1 到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="363" />
        <source>Monthly credits come from each person's latest balance record unless you typed your own under “Plans…”, where planned costs and wallet transfers are kept too. A month's usual spending is settled on the 15th; deductibles and limits start again each January.</source>
        <translation>每月划入的钱按每个人最近一次记下的余额记录；如果您在“计划……”里自己填了数字，就按您填的算。计划的花费和钱包转账也记在那里。每月平常的花费按15号结算；起付线和最高支付限额每年1月重新算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="382" />
        <source>What if: %1</source>
        <translation>假如：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="394" />
        <source>Working out 1,000 possible futures…</source>
        <translation>正在算1000种可能的将来……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="398" />
        <source>From %1 possible futures drawn from each person's last 12 months of visits (the same records always give the same figures).</source>
        <translation>按每个人最近12个月看病的情况，模拟了 %1 种可能的将来（同样的记录每次算出的数字都一样）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="402" />
        <source>Choose one account under “Show” to see its likely range on the chart and its chances.</source>
        <translation>在“显示”里选一个账户，就能在图上看到它大概的范围和可能性。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="406" />
        <source>The shaded area on the chart is where the balance stays in 8 of 10 futures.</source>
        <translation>图上的阴影部分：10 种将来里有 8 种余额落在这里面。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="443" />
        <location filename="../../desktop/ui/pages/projection_page.py" line="457" />
        <source>likely range</source>
        <translation>大概的范围</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="460" />
        <source>money in %1</source>
        <translation>划入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="461" />
        <source>own use %1</source>
        <translation>自己用 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="462" />
        <source>paid for family %1</source>
        <translation>给家人付 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="463" />
        <source>received %1</source>
        <translation>收到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="489" />
        <source>What-if %1</source>
        <translation>假如 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="526" />
        <source>%v of %m futures</source>
        <translation>已算 %v / %m 种</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="550" />
        <source>Stopped: the likely range was not worked out.</source>
        <translation>已停止：没有算出大概的范围。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="576" />
        <source>Save the chart as a picture</source>
        <translation>把走势图存成图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="576" />
        <source>projection.png</source>
        <translation>余额预测.png</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="589" />
        <location filename="../../desktop/ui/pages/projection_page.py" line="607" />
        <source>Could not save %1.</source>
        <translation>无法保存 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="600" />
        <source>Save the projection as a PDF report</source>
        <translation>把预测存成 PDF 报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="601" />
        <source>projection.pdf</source>
        <translation>余额预测.pdf</translation>
    </message>
</context>
<context>
    <name>ProjectionPlanDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="114" />
        <source>Plans for the projection</source>
        <translation>预测用的计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="117" />
        <source>Planned &amp;costs</source>
        <translation>计划的花费(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="118" />
        <source>Monthly &amp;figures</source>
        <translation>每月的数字(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="119" />
        <source>Wallet transf&amp;ers</source>
        <translation>钱包转账(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="124" />
        <source>&amp;Save the figures</source>
        <translation>保存这些数字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="125" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="160" />
        <source>Costs you expect, such as an operation the doctor advised or medicine every month. They are added to what each person usually spends.</source>
        <translation>您预计会有的花费，比如医生建议的手术，或者每月要买的药。这些会加在每个人平常的花费上。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="165" />
        <source>Planned costs</source>
        <translation>计划的花费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="169" />
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="302" />
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="170" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="171" />
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="303" />
        <source>Kind of care</source>
        <translation>就医类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="172" />
        <source>Hospital level</source>
        <translation>医院等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="174" />
        <source>Estimated total cost in yuan</source>
        <translation>预计总费用（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="175" />
        <source>Every month</source>
        <translation>每月都有</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="176" />
        <source>Every month until</source>
        <translation>每月一直到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="180" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="181" />
        <source>&amp;Who</source>
        <translation>谁(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="181" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="182" />
        <source>&amp;Kind of care</source>
        <translation>就医类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="182" />
        <source>&amp;Hospital level</source>
        <translation>医院等级(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="183" />
        <source>Estimated &amp;total (¥)</source>
        <translation>预计总费用（元）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="189" />
        <source>&amp;until</source>
        <translation>一直到(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="193" />
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="199" />
        <source>&amp;Add this cost</source>
        <translation>加上这笔花费(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="201" />
        <source>&amp;Remove the chosen cost</source>
        <translation>去掉选中的花费(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="214" />
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="404" />
        <source>Nothing is planned yet.</source>
        <translation>还没有计划任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="219" />
        <source>Enter the estimated total.</source>
        <translation>请填写预计总费用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="263" />
        <source>Leave a figure empty to work it out from your records: the monthly credit from the latest balance record, the spending from the average of the last 12 months of visits. Type a figure to use yours instead (0 = none).</source>
        <translation>空着不填，就按您的记录算：每月划入按最近一次余额记录，花费按最近12个月看病的平均数。填了数字就按您填的算（0 表示没有）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="281" />
        <source>%1: monthly credit in yuan</source>
        <translation>%1：每月划入（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="282" />
        <source>Monthly credit to the account (¥)</source>
        <translation>每月划入账户（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="292" />
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="332" />
        <source>%1 every month (¥)</source>
        <translation>每月%1（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="305" />
        <source>Monthly spend in yuan</source>
        <translation>每月花费（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="306" />
        <source>Add a &amp;kind of spending</source>
        <translation>加一种花费(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="318" />
        <source>none in the records</source>
        <translation>记录里没有</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="319" />
        <source>from the records: %1</source>
        <translation>按记录：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="348" />
        <source>Money you mean to move from a personal account to a relative's insurance wallet. The projection checks each month's transfers against the wallet rules.</source>
        <translation>您打算从个人账户转到亲人医保钱包的钱。预测会按钱包的规定检查每个月的转账。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="354" />
        <source>Planned wallet transfers</source>
        <translation>计划的钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="357" />
        <source>Planned wallet transfer to remove</source>
        <translation>要去掉的钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="359" />
        <source>From</source>
        <translation>转出人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="360" />
        <source>To</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="364" />
        <source>Amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="366" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="370" />
        <source>Every month from then on</source>
        <translation>从这个月起每月都转</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="377" />
        <source>Add t&amp;his transfer</source>
        <translation>加上这笔转账(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="371" />
        <source>&amp;To</source>
        <translation>接收人(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="371" />
        <source>Fro&amp;m</source>
        <translation>转出人(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="372" />
        <source>&amp;Amount (¥)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="372" />
        <source>M&amp;onth</source>
        <translation>月份(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="379" />
        <source>Remo&amp;ve</source>
        <translation>去掉(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="392" />
        <source>%1 → %2's wallet: %3 every month from %4</source>
        <translation>%1 → %2的医保钱包：从%4起每月 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="394" />
        <source>%1 → %2's wallet: %3 in %4</source>
        <translation>%1 → %2的医保钱包：%4 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="400" />
        <source>None planned.</source>
        <translation>还没有计划。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="410" />
        <source>Enter the amount to move.</source>
        <translation>请填写要转的金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="413" />
        <source>Choose two different people.</source>
        <translation>请选两个不同的人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="433" />
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="440" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ProjectionReminders</name>
    <message>
        <location filename="../../desktop/ui/pages/projection_reminders.py" line="37" />
        <source>Your insurance wallet is empty now.</source>
        <translation>你的医保钱包现在已经用完了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_reminders.py" line="39" />
        <source>Your account is empty now.</source>
        <translation>你的账户现在已经用完了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_reminders.py" line="42" />
        <source>Your insurance wallet is expected to run out in %1.</source>
        <translation>你的医保钱包预计在%1用完。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_reminders.py" line="46" />
        <source>Your account is expected to fall to the %2 that must stay in %1; after that family members cannot use it.</source>
        <translation>你的账户预计在%1降到必须留下的 %2，之后家人就用不了了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_reminders.py" line="52" />
        <source>Your account is expected to run out in %1.</source>
        <translation>你的账户预计在%1用完。</translation>
    </message>
</context>
<context>
    <name>QuotaDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="42" />
        <source>Set a family quota</source>
        <translation>设共济额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="44" />
        <source>The payer sets part of the own personal account aside for a relative in the insurance wallet (共济额度). No money moves: the relative's visits draw on it after their own account, the payer cannot spend that part meanwhile, and what is unused goes back to the payer when it ends.</source>
        <translation>出钱的人在医保钱包里把自己个人账户的一部分设为给家人的共济额度。钱不转走：家人就医时先用自己的账户，再用这个额度；额度存在期间出钱的人自己不能用这部分；额度结束时没用完的部分退回出钱的人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="57" />
        <source>Not said</source>
        <translation>没说</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="62" />
        <source>Set &amp;by</source>
        <translation>设额度的人(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="62" />
        <source>Who sets the quota</source>
        <translation>谁设额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="63" />
        <source>&amp;For</source>
        <translation>给谁(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="63" />
        <source>Who may use it</source>
        <translation>谁可以用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="64" />
        <source>&amp;Amount (¥)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="64" />
        <source>Quota in yuan</source>
        <translation>额度（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="65" />
        <source>When &amp;set (China time)</source>
        <translation>设置时间（北京时间）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="65" />
        <source>When it was set, China time</source>
        <translation>设额度的时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="66" />
        <source>&amp;Channel</source>
        <translation>办理渠道(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="66" />
        <source>Where it was set</source>
        <translation>在哪里办的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="67" />
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="67" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="76" />
        <source>Result of the check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="84" />
        <source>&amp;Record the quota</source>
        <translation>记下这个额度(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="85" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="111" />
        <source>Add the family members first.</source>
        <translation>请先添加家庭成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="117" />
        <source>Cannot check yet:</source>
        <translation>还不能检查：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="125" />
        <source>This quota can be set.</source>
        <translation>可以设这个额度。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="127" />
        <source>Cannot be set as it stands:</source>
        <translation>现在这样设不了：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/quota_dialog.py" line="147" />
        <source>Not saved:</source>
        <translation>没有保存：</translation>
    </message>
</context>
<context>
    <name>QuotaResultPage</name>
    <message>
        <location filename="../../desktop/ui/guide/quota_result_page.py" line="13" />
        <source>The quota as the app showed it</source>
        <translation>APP上显示的共济额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/quota_result_page.py" line="13" />
        <source>Quota &amp;set (yuan)</source>
        <translation>设了多少额度（元）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/quota_result_page.py" line="14" />
        <source>&amp;Set at (China time)</source>
        <translation>设定时间（北京时间）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/quota_result_page.py" line="19" />
        <source>This quota is recorded (no. %1).</source>
        <translation>这份额度已记下（编号 %1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/quota_result_page.py" line="20" />
        <source>Enter the quota as the app showed it after you submitted. It is recorded in the family book: %1 cannot spend that part while it stands, and what %2 does not use goes back to %1 when it ends.</source>
        <translation>请按提交后APP显示的内容填写额度，它会记在家庭账本里：额度有效期间%1不能用这部分钱，%2没用完的部分在额度结束时退回%1。</translation>
    </message>
</context>
<context>
    <name>QuotasModel</name>
    <message>
        <location filename="../../desktop/ui/models/quotas_model.py" line="16" />
        <source>Set (China time)</source>
        <translation>设置时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/quotas_model.py" line="17" />
        <source>Set by</source>
        <translation>设额度的人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/quotas_model.py" line="18" />
        <source>For</source>
        <translation>为谁付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/quotas_model.py" line="19" />
        <source>Quota</source>
        <translation>额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/quotas_model.py" line="20" />
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/quotas_model.py" line="21" />
        <source>Left</source>
        <translation>还剩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/quotas_model.py" line="22" />
        <source>How it stands</source>
        <translation>现在的情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/quotas_model.py" line="39" />
        <source>Ended by itself on %1: %2's insurance %3; %4 went back to %5</source>
        <translation>%1 已自动终止：%2的医保%3；%4 已退回%5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/quotas_model.py" line="48" />
        <source>Standing; ends by itself on %1: %2's insurance %3</source>
        <translation>有效；%1 自动终止：%2的医保%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/quotas_model.py" line="43" />
        <source>Ended on %1; %2 went back to %3</source>
        <translation>%1 已取消；%2 已退回%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/quotas_model.py" line="46" />
        <source>Set for a later time</source>
        <translation>设在以后的时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/quotas_model.py" line="50" />
        <source>Standing: %1 cannot spend the %2 left</source>
        <translation>有效：剩下的 %2 %1自己不能用</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="62" />
        <source>(source: %1)</source>
        <translation>（依据 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="71" />
        <source>Source: %1</source>
        <translation>依据：%1</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../desktop/ui/dialogs/member_fields.py" line="81" />
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_fields.py" line="83" />
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_fields.py" line="94" />
        <source>Choose a province</source>
        <translation>请选择省份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_fields.py" line="110" />
        <source>Choose the province first</source>
        <translation>请先选省份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_fields.py" line="118" />
        <source>Another city (the province's rules)</source>
        <translation>省内其他城市（按全省规定）</translation>
    </message>
</context>
<context>
    <name>SavingsCard</name>
    <message>
        <location filename="../../desktop/ui/pages/home_savings.py" line="29" />
        <source>See the savings plan</source>
        <translation>查看省钱建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_savings.py" line="64" />
        <source>Savings plan: the family could pay about %1 less in cash over the next 12 months.</source>
        <translation>省钱建议：未来 12 个月全家可以少自付现金约 %1。</translation>
    </message>
</context>
<context>
    <name>SavingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="36" />
        <source>All of their own expected needs</source>
        <translation>留足自己预计要花的钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="37" />
        <source>Half of their own expected needs</source>
        <translation>留一半自己预计要花的钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="38" />
        <source>Nothing: they may pay cash later</source>
        <translation>不留：他们以后可能要自己掏现金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="51" />
        <location filename="../../desktop/ui/pages/savings_page.py" line="269" />
        <location filename="../../desktop/ui/pages/savings_page.py" line="302" />
        <source>Savings plan</source>
        <translation>省钱建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="54" />
        <source>Bindings, premium payments, family quotas and wallet transfers that the rules allow, ranked by how much cash they save the family. Every figure is the projection with and without the plan. Nothing is done until you start it and confirm each step.</source>
        <translation>按规定可以办的共济绑定、代缴保费、共济额度和医保钱包转账，按能为全家少花多少现金排列。每个数字都是“办”和“不办”分别预测后的差。在您开始办理并确认每一步之前，什么都不会改变。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="63" />
        <source>&amp;Months ahead</source>
        <translation>往后算(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="71" />
        <source>&amp;Keep for each payer</source>
        <translation>给付款人自己留(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="83" />
        <source>&amp;Work it out</source>
        <translation>开始计算(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="87" />
        <location filename="../../desktop/ui/pages/savings_page.py" line="273" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="95" />
        <source>Working out the savings plan</source>
        <translation>正在计算省钱建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="97" />
        <source>&amp;Print summary (PDF)…</source>
        <translation>打印摘要（PDF）(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="99" />
        <source>Nothing to print yet: the plan is still being worked out.</source>
        <translation>还不能打印：省钱方案还在计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="132" />
        <source>Add the family first: the plan needs members, balances and visits.</source>
        <translation>请先添加家人：省钱建议要用到家庭成员、余额和看病记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="146" />
        <source>Working out the best plan…</source>
        <translation>正在计算最佳方案…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="147" />
        <source>Working it out again; the plan below is from before.</source>
        <translation>正在重新计算；下面是之前的方案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="164" />
        <source>Nothing is being worked out now: there is nothing to stop.</source>
        <translation>现在没有在计算，没有可以停下的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="181" />
        <source>Stopped. Press “Work it out” to start again.</source>
        <translation>已停止。按“开始计算”可以重新计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="195" />
        <source>Over the next %1 months the family is expected to pay %2 in cash.</source>
        <translation>未来 %1 个月，全家预计自付现金 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="198" />
        <source>No arrangement the rules allow would cut that.</source>
        <translation>按规定能办的办法都不能让自付减少。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="229" />
        <source>Planned for the projections. Send it in the national insurance app; the Wallet page records it when it is done.</source>
        <translation>已记入预测计划。请在国家医保服务平台APP里转账；转完后在“医保钱包”页登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="254" />
        <source>The premium payment is planned; the projections and Home follow it. Pay it in the app the step names when the collection opens.</source>
        <translation>已记下这笔计划代缴的保费，预测和首页会按它计算。开始缴费后，请在这一步写明的APP里缴纳。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="265" />
        <source>Record a family quota of %1 from %2 for %3, set now? Set it in the insurance wallet of the national insurance app as well; the Wallet page shows it and it can be undone.</source>
        <translation>现在记下%2给%3设定的共济额度 %1 吗？请同时在国家医保服务平台APP的医保钱包里设定；“医保钱包”页会显示它，也可以撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="271" />
        <source>&amp;Record the quota</source>
        <translation>记下这个额度(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="272" />
        <source>&amp;Open the quota form</source>
        <translation>打开额度表单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="290" />
        <source>The quota is recorded from now. Set it in the national insurance app too.</source>
        <translation>已从现在起记下这个额度。请也在国家医保服务平台APP里设定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="316" />
        <source>savings-plan.pdf</source>
        <translation>省钱建议.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="322" />
        <source>Could not save %1 (%2).</source>
        <translation>无法保存 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/savings_page.py" line="324" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="35" />
        <source>A one-off medical cost (e.g. an operation)</source>
        <translation>一笔看病花费（比如做手术）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="36" />
        <source>Stop a family binding</source>
        <translation>停掉一个共济绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="37" />
        <source>A different monthly medical spend</source>
        <translation>改每月看病花费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="38" />
        <source>A different monthly credit to the account</source>
        <translation>改每月划入账户的钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="39" />
        <source>Move money by insurance wallet</source>
        <translation>用医保钱包转钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="44" />
        <source>%1: %2 at %3, %4 in %5</source>
        <translation>%1：%5在%3%2，%4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="45" />
        <source>Stop %1 from %2</source>
        <translation>从%2起停掉%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="46" />
        <source>%1: %2 %3 a month</source>
        <translation>%1：%2每月 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="47" />
        <source>%1's account gets %2 a month</source>
        <translation>%1的账户每月划入 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="48" />
        <source>%1 sends %2 to %3's wallet in %4</source>
        <translation>%4%1转 %2 到%3的医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="88" />
        <source>%1 paying for %2</source>
        <translation>%1给%2付钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="107" />
        <source>What if…</source>
        <translation>假如……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="109" />
        <source>Try a change without touching your records: add changes one by one, then press “Compare” to see it next to the plan as it is.</source>
        <translation>试一试改动，不会动您的记录：一个一个加上改动，然后按“比一比”，和现在的情况放在一起看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="115" />
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="303" />
        <source>My what-if</source>
        <translation>我的假如</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="116" />
        <source>Name of this what-if</source>
        <translation>这个假如的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="117" />
        <source>What-if &amp;name</source>
        <translation>假如的名字(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="121" />
        <source>Kind of change</source>
        <translation>改什么</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="122" />
        <source>&amp;Change</source>
        <translation>改什么(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="132" />
        <source>&amp;Add this change</source>
        <translation>加上这个改动(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="137" />
        <source>Changes in this what-if:</source>
        <translation>这个假如里的改动：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="139" />
        <source>Changes in this what-if</source>
        <translation>这个假如里的改动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="142" />
        <source>&amp;Remove the chosen change</source>
        <translation>去掉选中的改动(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="149" />
        <source>Co&amp;mpare</source>
        <translation>比一比(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="150" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="188" />
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="205" />
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="189" />
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="221" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="190" />
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="206" />
        <source>Kind of care</source>
        <translation>就医类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="191" />
        <source>Hospital level</source>
        <translation>医院等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="193" />
        <source>Estimated total cost in yuan</source>
        <translation>预计总费用（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="194" />
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="209" />
        <source>&amp;Who</source>
        <translation>谁(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="194" />
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="225" />
        <source>M&amp;onth</source>
        <translation>月份(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="194" />
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="209" />
        <source>&amp;Kind of care</source>
        <translation>就医类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="195" />
        <source>&amp;Hospital level</source>
        <translation>医院等级(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="195" />
        <source>Estimated &amp;total (¥)</source>
        <translation>预计总费用（元）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="200" />
        <source>Binding</source>
        <translation>共济绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="202" />
        <source>From month</source>
        <translation>从哪个月起</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="203" />
        <source>&amp;Binding</source>
        <translation>共济绑定(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="203" />
        <source>&amp;From month</source>
        <translation>从哪个月起(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="208" />
        <source>Monthly spend in yuan</source>
        <translation>每月花费（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="210" />
        <source>Every &amp;month (¥, 0 = none)</source>
        <translation>每月花费（元，0 表示不花）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="212" />
        <source>Whose account</source>
        <translation>谁的账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="214" />
        <source>Monthly credit in yuan</source>
        <translation>每月划入（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="215" />
        <source>&amp;Whose account</source>
        <translation>谁的账户(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="215" />
        <source>Credit every &amp;month (¥)</source>
        <translation>每月划入（元）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="217" />
        <source>From</source>
        <translation>转出人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="218" />
        <source>To</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="223" />
        <source>Amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="224" />
        <source>Every month from then on</source>
        <translation>从这个月起每月都转</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="225" />
        <source>&amp;From</source>
        <translation>转出人(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="225" />
        <source>&amp;To</source>
        <translation>接收人(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="226" />
        <source>&amp;Amount (¥)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="247" />
        <source>Enter an amount.</source>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="252" />
        <source>Enter the estimated total.</source>
        <translation>请填写预计总费用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="259" />
        <source>There is no binding in force to stop.</source>
        <translation>现在没有正在生效的共济绑定可以停。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="270" />
        <source>Choose two different people.</source>
        <translation>请选两个不同的人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="273" />
        <source>Enter the amount to move.</source>
        <translation>请填写要转的金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="300" />
        <source>Add a change first.</source>
        <translation>请先加一项改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="308" />
        <source>Add at least one change first.</source>
        <translation>请先至少加一个改动。</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="23" />
        <source>Words to look for</source>
        <translation>要找的字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="24" />
        <source>Search the table</source>
        <translation>在表格里搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="25" />
        <source>Shows only the rows that contain these words</source>
        <translation>只显示含有这些字的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="55" />
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="90" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="102" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="104" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="122" />
        <source>Policy files</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="124" />
        <source>The app comes with the rules of each region. When the rules change, load the newer policy file (a region pack, .toml) here: it is checked in full and what it changes is shown before anything is used. Loaded files are kept in the data folder.</source>
        <translation>程序自带各地区的规定。政策有变化时，可以在这里载入较新的政策文件（地区资料文件）：先完整检查，并列出会改动哪些规定，确认后才使用。载入的文件保存在数据文件夹里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="131" />
        <source>Policy files loaded</source>
        <translation>已载入的政策文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="134" />
        <source>No policy file loaded: the rules that came with the app are in use.</source>
        <translation>没有载入政策文件：正在使用程序自带的规定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="139" />
        <source>Load a polic&amp;y file…</source>
        <translation>载入政策文件(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="140" />
        <source>Re&amp;move the chosen file…</source>
        <translation>移除选中的文件(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="160" />
        <source>&amp;Open the folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="167" />
        <location filename="../../desktop/ui/pages/settings_page.py" line="175" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="169" />
        <source>A backup is made every day the book is opened, and before every upgrade, import and restore. The newest ten are kept.</source>
        <translation>每天打开账本时会自动备份，升级、导入和恢复之前也会先备份。只保留最近的十份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="179" />
        <source>&amp;Back up now</source>
        <translation>马上备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="180" />
        <source>&amp;Restore the chosen backup…</source>
        <translation>恢复选中的备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="188" />
        <source>The whole book as a file</source>
        <translation>把整本账存成文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="190" />
        <source>Export writes everything, ID numbers included, to one file: keep it somewhere safe. Import checks the whole file first and takes all of it or nothing.</source>
        <translation>导出会把所有内容（包括身份证号码）写进一个文件，请妥善保管。导入时先检查整个文件，要么全部导入，要么一点也不导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="196" />
        <source>E&amp;xport the book…</source>
        <translation>导出账本(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="197" />
        <source>&amp;Import a book…</source>
        <translation>导入账本(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="237" />
        <location filename="../../desktop/ui/pages/settings_page.py" line="240" />
        <source>The family book is not open yet.</source>
        <translation>家庭账本还没有打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="239" />
        <location filename="../../desktop/ui/pages/settings_page.py" line="242" />
        <source>Choose a backup in the list first.</source>
        <translation>请先在列表里选中一个备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="272" />
        <source>The folder could not be opened; its path is shown above.</source>
        <translation>打不开这个文件夹；它的位置写在上面。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="280" />
        <source>The backup could not be made: %1</source>
        <translation>备份没有做成：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="284" />
        <source>Backup made: %1</source>
        <translation>已备份：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="295" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="296" />
        <source>Put the backup of %1 (%2) in place of the book? Everything recorded after it will no longer show. The book as it is now is backed up first.</source>
        <translation>要用 %1 的备份（%2）替换现在的账本吗？这之后记的内容将不再显示。替换前会先把现在的账本备份一份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="304" />
        <location filename="../../desktop/ui/pages/settings_page.py" line="307" />
        <source>Nothing was restored: %1</source>
        <translation>没有恢复：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="310" />
        <source>Restored the backup of %1. The book as it was is kept as %2.</source>
        <translation>已恢复 %1 的备份。原来的账本另存为 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="329" />
        <location filename="../../desktop/ui/pages/settings_page.py" line="341" />
        <source>Load a policy file</source>
        <translation>载入政策文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="339" />
        <source>The policy file was not loaded; nothing was changed.</source>
        <translation>没有载入政策文件，什么都没有改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="343" />
        <source>Loaded %1: the rules of %2, version %3, are in use and every visit was worked out again.</source>
        <translation>已载入 %1：正在使用%2的规定（%3 版），所有就诊已重新计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="353" />
        <location filename="../../desktop/ui/pages/settings_page.py" line="359" />
        <source>Remove a policy file</source>
        <translation>移除政策文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="354" />
        <source>Remove the policy file %1 (%2, version %3)? The rules that came with the app apply again, and every visit is worked out again under them.</source>
        <translation>要移除政策文件 %1（%2，%3 版）吗？移除后重新使用程序自带的规定，所有就诊按它重新计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="361" />
        <source>Removed %1: the rules that came with the app apply again.</source>
        <translation>已移除 %1：重新使用程序自带的规定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="375" />
        <source>Nothing was changed: %1</source>
        <translation>什么都没有改动：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="380" />
        <source>Working out every visit again under the rules… The figures shown are the old ones until this is done.</source>
        <translation>正在按规定重新计算所有就诊……完成之前显示的仍是原来的数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="388" />
        <source>Export the whole book</source>
        <translation>导出整本账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="396" />
        <source>The file could not be written: %1</source>
        <translation>文件写不进去：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="399" />
        <source>Saved the whole book to %1: %2 members, %3 visits.</source>
        <translation>整本账已保存到 %1：%2 位成员，%3 条就医记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="408" />
        <location filename="../../desktop/ui/pages/settings_page.py" line="433" />
        <source>Import a whole book</source>
        <translation>导入整本账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="412" />
        <source>Replace the whole book</source>
        <translation>替换整本账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="413" />
        <source>Importing replaces everything now in the book with the contents of %1. A backup is made first. Go on?</source>
        <translation>导入会用 %1 的内容替换账本里现有的全部内容。导入前会先备份。要继续吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="421" />
        <source>Nothing was imported: the file has %1 problem(s).</source>
        <translation>什么都没有导入：文件里有 %1 处问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="426" />
        <source>Nothing was imported: %1</source>
        <translation>没有导入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="434" />
        <source>Importing %1 and counting every visit… The figures shown are the old ones until this is done.</source>
        <translation>正在导入 %1 并重新计算每一条就诊记录…… 完成之前，页面上显示的还是原来的数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="446" />
        <source>Imported %1: %2 members, %3 visits. A backup was made first: %4.</source>
        <translation>已导入 %1：%2 位成员，%3 条就医记录。导入前的备份：%4。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="95" />
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="107" />
        <location filename="../../desktop/ui/pages/settings_page.py" line="109" />
        <source>Elder mode (large text, high contrast)</source>
        <translation>长辈模式（大字、高对比度）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="151" />
        <location filename="../../desktop/ui/pages/settings_page.py" line="157" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
</context>
<context>
    <name>SharingModelBox</name>
    <message>
        <location filename="../../desktop/ui/pages/sharing_model_box.py" line="16" />
        <source>As the rules in force say (default)</source>
        <translation>按当时的政策（默认）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing_model_box.py" line="17" />
        <source>Wallet transfers (money moves)</source>
        <translation>钱包转账（钱转过去）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing_model_box.py" line="18" />
        <source>Family quota (no money moves)</source>
        <translation>共济额度（钱不转走）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing_model_box.py" line="26" />
        <location filename="../../desktop/ui/pages/sharing_model_box.py" line="31" />
        <source>How the wallet shares money</source>
        <translation>医保钱包怎样共济</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing_model_box.py" line="34" />
        <source>F&amp;ollow</source>
        <translation>按(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing_model_box.py" line="38" />
        <source>Which sharing model to follow</source>
        <translation>按哪种方式共济</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing_model_box.py" line="54" />
        <source>Today (%1) the wallet follows the family quota: the payer sets an amount for a relative, no money moves, and the payer cannot spend that part until it ends.</source>
        <translation>今天（%1）医保钱包按“共济额度”方式：出钱的人给家人设一个额度，钱不转走，额度结束前出钱的人自己不能用这部分。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing_model_box.py" line="57" />
        <source>Today (%1) the wallet follows wallet transfers: money moves from the payer's personal account to the relative's wallet, within the daily limits.</source>
        <translation>今天（%1）医保钱包按“钱包转账”方式：钱从出钱人的个人账户转到家人的医保钱包，受每天的限额约束。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing_model_box.py" line="62" />
        <source>This is what the rules in force say.</source>
        <translation>这是当时政策的规定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing_model_box.py" line="64" />
        <source>This is what the rules in force say %1.</source>
        <translation>这是当时政策的规定%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing_model_box.py" line="65" />
        <source>(no rule names a quota; transfers are the default)</source>
        <translation>（政策没有提到额度，默认按转账）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing_model_box.py" line="67" />
        <source>The family chose this; the rules in force say “%1”.</source>
        <translation>这是家里自己选的；当时的政策是“%1”。</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <location filename="../../desktop/ui/print/pdf.py" line="84" />
        <source>Save the sheet as PDF</source>
        <translation>存成PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/pdf.py" line="107" />
        <source>Not saved</source>
        <translation>没有保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/pdf.py" line="108" />
        <source>Could not save %1 (%2).</source>
        <translation>无法保存 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="74" />
        <source>Rules: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="76" />
        <source>Rules of %1 in force since %2</source>
        <translation>%1自 %2 起施行的规定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="79" />
        <source>Region rules of %1, %2</source>
        <translation>%1的规定（%2年）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="81" />
        <source>Printed %1 by FamilyPool</source>
        <translation>%1 由家庭共济助手打印</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="89" />
        <source>Family sharing: %1's account pays for %2</source>
        <translation>家庭共济：%1的账户给%2用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="90" />
        <source>Wallet transfer from %1 to %2</source>
        <translation>医保钱包转账：%1转给%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="91" />
        <source>%1 sets a family quota for %2</source>
        <translation>%1给%2设共济额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="92" />
        <source>%1 pays %2's resident insurance premium</source>
        <translation>%1替%2交居民医保费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="93" />
        <source>Open the insurance wallet of %1</source>
        <translation>开通%1的医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="94" />
        <source>Look up the visit records of %1</source>
        <translation>查%1的看病记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="116" />
        <source>The ID card and insurance card of %1 and of %2</source>
        <translation>%1和%2的身份证、医保卡</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="119" />
        <source>Authorization from %1 to %2</source>
        <translation>授权时间：%1 到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="122" />
        <source>Authorized amount: %1</source>
        <translation>授权额度：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="125" />
        <source>Quota for %1: %2</source>
        <translation>给%1的额度：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="128" />
        <source>Have ready</source>
        <translation>提前准备好</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="143" />
        <source>Amount to send: %1</source>
        <translation>要转的钱：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="144" />
        <source>Before sending money</source>
        <translation>转钱之前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="151" />
        <source>%1 — done by %2</source>
        <translation>%1——由%2办理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="168" />
        <source>After submitting, wait until the review has passed; only then can the money be used.</source>
        <translation>提交以后要等审核通过，通过了才能用这笔钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="172" />
        <source>%1 must agree to let %2 use the balance.</source>
        <translation>%1本人要同意让%2用自己账户里的钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="175" />
        <location filename="../../desktop/ui/print/transfer_plan_sheet.py" line="52" />
        <source>Good to know</source>
        <translation>请注意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="227" />
        <source>The general rule</source>
        <translation>全国通用的做法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="252" />
        <source>ends by itself on %1</source>
        <translation>%1 自动终止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="257" />
        <source>The family quota from %1 (in the insurance wallet)</source>
        <translation>%1给的共济额度（在医保钱包里）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="250" />
        <source>%1 left of it</source>
        <translation>还剩 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="298" />
        <source>only money above %1 in the account can be used</source>
        <translation>账户里只有超过 %1 的部分能用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="222" />
        <source>At the cashier</source>
        <translation>在收费处</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="192" />
        <source>At most %1 transfers a day, each at most %2; none between %3 and %4 (China time); money not received goes back at %5 the next day.</source>
        <translation>每天最多转 %1 笔，每笔不超过 %2；北京时间 %3 到 %4 不能转；对方没接收的钱第二天 %5 退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="247" />
        <source>%1's own personal account</source>
        <translation>%1自己的个人账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="262" />
        <source>%1's insurance wallet</source>
        <translation>%1的医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="270" />
        <source>Whatever is left: cash or bank card</source>
        <translation>剩下的：现金或银行卡</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="273" />
        <source>Who pays, in this order</source>
        <translation>按这个顺序付钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="274" />
        <source>Payment card: %1</source>
        <translation>看病付款卡：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="275" />
        <source>Insured in %1</source>
        <translation>参保地：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="288" />
        <source>%1's personal account (family sharing)</source>
        <translation>%1的个人账户（家庭共济）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="291" />
        <source>waiting for review, cannot pay yet</source>
        <translation>正在等审核，还不能付钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="254" />
        <location filename="../../desktop/ui/print/sheets.py" line="293" />
        <source>until %1</source>
        <translation>到 %1 为止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="295" />
        <source>%1 left of the authorized amount</source>
        <translation>授权额度还剩 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/savings_sheet.py" line="27" />
        <source>%1 does it through %2.</source>
        <translation>由%1通过%2办理。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/savings_sheet.py" line="38" />
        <source>Over the next %1 months the family is expected to pay %2 in cash.</source>
        <translation>未来 %1 个月，全家预计自付现金 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/savings_sheet.py" line="44" />
        <source>No arrangement the rules allow would cut that.</source>
        <translation>按规定能办的办法都不能让自付减少。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/savings_sheet.py" line="46" />
        <source>Best plan</source>
        <translation>最佳方案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/savings_sheet.py" line="46" />
        <source>Expected to save %1 in cash</source>
        <translation>预计少自付 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/savings_sheet.py" line="47" />
        <source>In 8 of 10 simulated futures: %1 to %2.</source>
        <translation>10 次模拟中有 8 次在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/savings_sheet.py" line="49" />
        <source>%1 pays %2 instead of %3.</source>
        <translation>%1 自付 %2（不办是 %3）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/savings_sheet.py" line="53" />
        <source>Who pays less</source>
        <translation>谁少花钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/savings_sheet.py" line="58" />
        <source>What to do</source>
        <translation>要办的事</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/savings_sheet.py" line="59" />
        <source>Plan %1: save about %2 — %3</source>
        <translation>方案 %1：约少自付 %2——%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/savings_sheet.py" line="65" />
        <source>Other ways</source>
        <translation>其他办法</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/savings_sheet.py" line="66" />
        <source>Worked out on %1 from the family book. Nothing has been done yet: every step needs the people named to confirm it. Rules relied on: %2. Policies change: check with your local medical-insurance office.</source>
        <translation>%1 根据家庭账本计算。现在还什么都没办：每一步都要由写到的人本人确认。依据的规定：%2。政策会调整，请以当地医保经办机构的说法为准。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/savings_sheet.py" line="70" />
        <source>Savings plan</source>
        <translation>省钱建议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/transfer_plan_sheet.py" line="40" />
        <source>%1 → %2's insurance wallet: %3</source>
        <translation>%1 → %2的医保钱包：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/transfer_plan_sheet.py" line="42" />
        <source>Send between %1 and %2 (China time); %3 must receive it before %4 the next morning, or it goes back.</source>
        <translation>在 %1 到 %2 之间转（北京时间）；%3要在第二天早上 %4 前收下，不然钱会退回去。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/transfer_plan_sheet.py" line="59" />
        <source>Planned wallet transfers</source>
        <translation>计划的钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/transfer_plan_sheet.py" line="60" />
        <source>%1 transfers, %2 in all. Tick each one when it is sent.</source>
        <translation>一共 %1 笔，合计 %2。每转完一笔就打个勾。</translation>
    </message>
</context>
<context>
    <name>StaleDaysBox</name>
    <message>
        <location filename="../../desktop/ui/pages/stale_days_box.py" line="20" />
        <source>Old balances</source>
        <translation>旧余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/stale_days_box.py" line="23" />
        <source>A balance recorded longer ago than this is marked on Home, with a button to update it.</source>
        <translation>余额记下的时间超过这么多天，首页就会标出来，并给一个“更新余额”的按钮。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/stale_days_box.py" line="30" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/stale_days_box.py" line="32" />
        <source>Mark a balance as old after this many days</source>
        <translation>余额超过这么多天算旧的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/stale_days_box.py" line="33" />
        <source>Mark as old &amp;after</source>
        <translation>超过多少天算旧(&amp;A)</translation>
    </message>
</context>
<context>
    <name>StaleNote</name>
    <message>
        <location filename="../../desktop/ui/pages/stale_note.py" line="21" />
        <source>The projection starts from balances recorded more than %2 days ago (%1); it may be out of date. “Update balances” on Home brings them up to date.</source>
        <translation>预测从 %2 多天以前记的余额算起（%1），可能不准。在首页按“更新余额”可以改成新的数。</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="43" />
        <source>Record a balance for %1</source>
        <translation>给 %1 记一笔余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="45" />
        <source>Copy the balance shown in the insurance app or on the statement. The book counts from this figure on.</source>
        <translation>照着医保APP或对账单上的余额填写。账本会从这个数开始算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="51" />
        <source>Personal account</source>
        <translation>个人账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="52" />
        <source>Insurance wallet</source>
        <translation>医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="55" />
        <source>At a time of day</source>
        <translation>具体时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="59" />
        <source>may be left empty</source>
        <translation>可以不填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="64" />
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="64" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="65" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="65" />
        <source>Date of the balance</source>
        <translation>余额的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="66" />
        <source>T&amp;ime</source>
        <translation>时间(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="66" />
        <source>Time the balance was read</source>
        <translation>查看余额的时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="67" />
        <source>&amp;Balance (yuan)</source>
        <translation>余额（元）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="67" />
        <source>Balance in yuan</source>
        <translation>余额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="68" />
        <source>&amp;Monthly credit (yuan)</source>
        <translation>每月划入（元）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="68" />
        <source>Monthly credit in yuan</source>
        <translation>每月划入（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="69" />
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="69" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="83" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="84" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="111" />
        <source>This date is in the future.</source>
        <translation>这个日期还没到。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/statement_dialog.py" line="128" />
        <source>Please correct the fields marked above; nothing was saved yet.</source>
        <translation>请改正上面标出的地方；现在还没有保存。</translation>
    </message>
</context>
<context>
    <name>StatementsModel</name>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="75" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="76" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="77" />
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="78" />
        <source>Monthly credit</source>
        <translation>每月划入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="79" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="82" />
        <source>Personal account</source>
        <translation>个人账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="83" />
        <source>Insurance wallet</source>
        <translation>医保钱包</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="22" />
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="29" />
        <source>Who does it: %1 · %2</source>
        <translation>谁来办：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="36" />
        <source>&amp;Done: I have done this step</source>
        <translation>这一步做完了(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="37" />
        <source>Done: I have done this step</source>
        <translation>这一步做完了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="49" />
        <source>All steps</source>
        <translation>全部步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="44" />
        <source>When you tick this, the guide records that %1's wallet is open.</source>
        <translation>勾选后，向导会记下%1的医保钱包已开通。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="52" />
        <source>Your progress is saved: you can close the guide and come back to this step later.</source>
        <translation>进度已保存：可以先关掉，下次回到这一步接着办。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="65" />
        <source>Amount to send: %1 to %2.</source>
        <translation>要转给%2：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="68" />
        <source>Checked: %1 accepts the wallet.</source>
        <translation>已确认：%1能用医保钱包。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="70" />
        <source>Quota to set: %1 for %2.</source>
        <translation>要设的额度：%1，给%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="74" />
        <source>Fill in: from %1 to %2, amount %3.</source>
        <translation>要填写：从 %1 到 %2，额度 %3。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="76" />
        <source>Fill in: from %1 to %2.</source>
        <translation>要填写：从 %1 到 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="85" />
        <source>All steps:</source>
        <translation>全部步骤：</translation>
    </message>
</context>
<context>
    <name>TimeOfDayField</name>
    <message>
        <location filename="../../desktop/ui/time_field.py" line="30" />
        <source>Time of day</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/time_field.py" line="80" />
        <source>The record counts from this time of that day.</source>
        <translation>这条记录从当天这个时间起算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/time_field.py" line="81" />
        <source>Without a time it counts at the end of the day, after that day's visits.</source>
        <translation>不填时间就算在当天结束时，在当天的就诊之后。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="57" />
        <source>New wallet transfer</source>
        <translation>新的钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="59" />
        <source>Money moves from the sender's personal account to the relative's insurance wallet. The relative must accept it in the app before the time shown, or it goes back.</source>
        <translation>钱从转出人的个人账户转到家人的医保钱包。家人要在显示的时间之前在手机上点接收，否则钱会退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="73" />
        <source>&amp;From</source>
        <translation>转出人(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="73" />
        <source>Who sends</source>
        <translation>谁转出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="74" />
        <source>&amp;To</source>
        <translation>接收人(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="74" />
        <source>Who receives</source>
        <translation>谁接收</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="75" />
        <source>&amp;Amount (¥)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="75" />
        <source>Amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="76" />
        <source>&amp;When (China time)</source>
        <translation>什么时候转（北京时间）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="76" />
        <source>Time of the transfer, China time</source>
        <translation>转账时间，北京时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="77" />
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="77" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="86" />
        <source>Result of the check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="94" />
        <source>&amp;Record the transfer</source>
        <translation>记下这笔转账(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="95" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="118" />
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="146" />
        <source>Not yet: the words above say what is missing.</source>
        <translation>还不能：上面写着还缺什么。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="121" />
        <source>Add the family members first.</source>
        <translation>请先添加家庭成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="127" />
        <source>Cannot check yet:</source>
        <translation>还不能检查：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="135" />
        <source>This transfer is allowed.</source>
        <translation>这笔转账可以转。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="137" />
        <source>Not allowed as it stands:</source>
        <translation>现在这样不能转：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="142" />
        <source>The rules for wallet transfers:</source>
        <translation>钱包转账的规定：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="161" />
        <source>Not saved:</source>
        <translation>没有保存：</translation>
    </message>
</context>
<context>
    <name>TransferResultPage</name>
    <message>
        <location filename="../../desktop/ui/guide/transfer_result_page.py" line="13" />
        <source>What happened?</source>
        <translation>转账结果怎么样？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/transfer_result_page.py" line="13" />
        <source>&amp;Amount sent (yuan)</source>
        <translation>转了多少钱（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/transfer_result_page.py" line="13" />
        <source>&amp;Sent at (China time)</source>
        <translation>转账时间（北京时间）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/transfer_result_page.py" line="18" />
        <source>This transfer is recorded (no. %1).</source>
        <translation>这笔转账已记下（第 %1 号）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/transfer_result_page.py" line="19" />
        <source>Enter the transfer as the app showed it after you submitted. It is recorded in the family book.</source>
        <translation>请照着APP提交后显示的内容填写，会记到家庭账本里。</translation>
    </message>
</context>
<context>
    <name>TransfersModel</name>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="13" />
        <source>Sent (China time)</source>
        <translation>转出时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="14" />
        <source>From</source>
        <translation>转出人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="15" />
        <source>To</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="16" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="17" />
        <source>What happened</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="18" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="25" />
        <source>✓ Received %1</source>
        <translation>✓ 已在 %1 接收</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="27" />
        <source>↩ Went back to %1 at %2</source>
        <translation>↩ 已在 %2 退回给%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="29" />
        <source>… Waiting: goes back at %1 if not received</source>
        <translation>… 等待接收：到 %1 还没接收就退回</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="22" />
        <source>Add member</source>
        <translation>新增家庭成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="23" />
        <source>Change member</source>
        <translation>修改家庭成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="24" />
        <source>Remove member</source>
        <translation>删除家庭成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="25" />
        <source>End member's insurance</source>
        <translation>记录参保终止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="26" />
        <source>Record balance</source>
        <translation>记录余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="27" />
        <source>Update balances</source>
        <translation>更新余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="28" />
        <source>Delete balance</source>
        <translation>删除余额记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="29" />
        <source>Add binding</source>
        <translation>新增共济绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="30" />
        <source>Mark binding approved</source>
        <translation>标记绑定已通过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="31" />
        <source>Mark binding sent</source>
        <translation>标记绑定已提交审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="32" />
        <source>Mark binding not approved</source>
        <translation>标记绑定未通过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="33" />
        <source>End binding</source>
        <translation>终止共济绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="34" />
        <source>Delete binding</source>
        <translation>删除共济绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="35" />
        <location filename="../../desktop/ui/undo_history.py" line="36" />
        <source>Set quota</source>
        <translation>设共济额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="37" />
        <source>End quota</source>
        <translation>取消共济额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="38" />
        <source>Delete quota</source>
        <translation>删除共济额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="39" />
        <source>Add visit</source>
        <translation>新增就诊记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="40" />
        <source>Change visit</source>
        <translation>修改就诊记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="41" />
        <source>Delete visit</source>
        <translation>删除就诊记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="42" />
        <source>Add transfer</source>
        <translation>新增钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="43" />
        <source>Mark transfer received</source>
        <translation>标记转账已接收</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="44" />
        <source>Mark transfer returned</source>
        <translation>标记转账已退回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="45" />
        <source>Delete transfer</source>
        <translation>删除钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="46" />
        <source>Plan wallet transfers</source>
        <translation>安排钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="47" />
        <source>Mark planned transfer sent</source>
        <translation>标记计划转账已转</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="48" />
        <source>Delete planned transfer</source>
        <translation>删除计划的钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="49" />
        <source>Add planned cost</source>
        <translation>新增计划支出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="50" />
        <source>Change planned cost</source>
        <translation>修改计划支出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="51" />
        <source>Remove planned cost</source>
        <translation>删除计划支出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="52" />
        <location filename="../../desktop/ui/undo_history.py" line="53" />
        <source>Plan premium payment</source>
        <translation>计划代缴保费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="54" />
        <source>Remove planned premium</source>
        <translation>删除计划代缴的保费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="55" />
        <source>Change projection plan</source>
        <translation>修改预测设定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="56" />
        <source>Change order of payment</source>
        <translation>修改付款顺序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="57" />
        <source>Change which rules apply</source>
        <translation>修改采用的规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="58" />
        <source>Plan savings-plan transfer</source>
        <translation>计划省钱方案的转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="59" />
        <source>Change how the wallet is shared</source>
        <translation>修改钱包共济方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="60" />
        <source>Change when balances count as old</source>
        <translation>修改余额过期天数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="61" />
        <source>Load policy file</source>
        <translation>载入政策文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="62" />
        <source>Remove policy file</source>
        <translation>移除政策文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="114" />
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo_history.py" line="119" />
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message>
        <location filename="../../desktop/ui/guide/verdict_view.py" line="114" />
        <source>Let %1 do it</source>
        <translation>改由%1办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/verdict_view.py" line="116" />
        <source>End that binding…</source>
        <translation>终止那条绑定…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/verdict_view.py" line="117" />
        <source>Start after it ends</source>
        <translation>等它结束后再开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/verdict_view.py" line="118" />
        <source>Use a wallet transfer</source>
        <translation>改用医保钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/verdict_view.py" line="119" />
        <source>Set a family quota instead</source>
        <translation>改为设共济额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/verdict_view.py" line="120" />
        <source>Bind instead</source>
        <translation>改办共济绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/verdict_view.py" line="121" />
        <source>Show bindings</source>
        <translation>查看共济绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/verdict_view.py" line="122" />
        <source>Open Family page</source>
        <translation>打开“家庭成员”页</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="54" />
        <source>Edit visit</source>
        <translation>修改就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="54" />
        <source>Add a visit</source>
        <translation>添加就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="65" />
        <source>At a time of day</source>
        <translation>具体时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="74" />
        <source>Choose the level…</source>
        <translation>请选择医院等级…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="77" />
        <source>e.g. the city hospital</source>
        <translation>例如：市人民医院</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="80" />
        <source>from the receipt, if you have it</source>
        <translation>有收费单的话，照单上填写</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="81" />
        <source>This place takes the insurance wallet</source>
        <translation>这家医院或药店能用医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="85" />
        <source>&amp;Person</source>
        <translation>看病的人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="85" />
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="86" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="86" />
        <source>Date of the visit</source>
        <translation>看病日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="87" />
        <source>Ti&amp;me</source>
        <translation>时间(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="87" />
        <source>Time of the visit</source>
        <translation>就诊时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="88" />
        <source>&amp;Care</source>
        <translation>就医类型(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="88" />
        <source>Kind of care</source>
        <translation>就医类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="89" />
        <source>&amp;Usual places</source>
        <translation>常去的地方(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="89" />
        <source>Usual places</source>
        <translation>常去的地方</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="90" />
        <source>Hospital &amp;level</source>
        <translation>医院等级(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="90" />
        <source>Hospital level</source>
        <translation>医院等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="91" />
        <source>Hospital or pharmacy</source>
        <translation>医院或药店</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="92" />
        <source>&amp;Total cost (¥)</source>
        <translation>总费用（元）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="92" />
        <source>Total cost in yuan</source>
        <translation>总费用（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="93" />
        <source>&amp;Fund paid (¥, receipt)</source>
        <translation>统筹实际支付（元，看收费单）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="93" />
        <source>Fund share from the receipt, in yuan</source>
        <translation>收费单上的统筹支付，元</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="104" />
        <source>No fund share</source>
        <translation>统筹不支付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="113" />
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="184" />
        <source>Choose one…</source>
        <translation>选一个…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="241" />
        <source>Choose the hospital level (it is on the receipt or the hospital's sign) to see what the fund pays. A usual place fills it in for you.</source>
        <translation>请先选医院等级（看收费单据或医院门牌），才能算出统筹付多少。选“常去的地方”可以自动填上。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="284" />
        <source>%1 is in a waiting period: benefits start on %2, so the fund pays nothing (¥0) for this visit.</source>
        <translation>%1正在待遇等待期内：%2 起才享受待遇，这次就诊统筹基金不支付（¥0）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="340" />
        <source>The fund pays at most %1 (the deductible is not known); at least %2 is left for the family to pay.</source>
        <translation>统筹最多支付 %1（起付线不知道）；家里至少要付 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="436" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="112" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="91" />
        <source>&amp;Hospital or pharmacy</source>
        <translation>医院或药店(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="118" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="119" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="131" />
        <source>Who pays</source>
        <translation>谁来付钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="233" />
        <source>Add a family member first.</source>
        <translation>请先添加家庭成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="234" />
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="244" />
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="249" />
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="261" />
        <source>Not yet: the words above say what is missing.</source>
        <translation>还不能：上面写着还缺什么。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="238" />
        <source>Choose the hospital level (it is on the receipt or the hospital's sign) to see what the fund pays.</source>
        <translation>请先选医院等级（看收费单据或医院门牌），才能算出统筹付多少。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="248" />
        <source>Type the total cost to see what the fund pays and who pays the rest.</source>
        <translation>填写总费用，就能看到统筹付多少、剩下的谁来付。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="259" />
        <source>This cannot be saved:</source>
        <translation>这样不能保存：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="295" />
        <source>%1 has no basic medical insurance in the book, so the fund pays nothing (¥0) for this visit.</source>
        <translation>账本里%1没有参加基本医疗保险，这次统筹基金不支付（¥0）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="298" />
        <source>The fund's share is counted as ¥0 until %1's birth date is entered on the Family page.</source>
        <translation>在“家庭成员”页填上%1的出生日期之前，统筹支付先按 ¥0 计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="301" />
        <source>The fund pays nothing (¥0) for “%1” at “%2”: no reimbursement rule covers it, so the whole cost is paid from the accounts or in cash. If this was a hospital or a clinic, choose its level.</source>
        <translation>“%1”在“%2”统筹基金不支付（¥0）：没有适用的报销规定，全部费用从账户或现金支付。如果是在医院或诊所看病，请选它的等级。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="305" />
        <source>The fund pays nothing (¥0) for “%1” at “%2”: no reimbursement rule covers it, so the whole cost is paid from the accounts or in cash.</source>
        <translation>“%1”在“%2”统筹基金不支付（¥0）：没有适用的报销规定，全部费用从账户或现金支付。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="313" />
        <source>⚠ The fund pays nothing (¥0): see why on the right.</source>
        <translation>⚠ 统筹不支付（¥0），原因见右边。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="329" />
        <source>1. What the fund pays</source>
        <translation>一、统筹基金付多少</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="330" />
        <source>2. Who pays the rest</source>
        <translation>二、剩下的谁来付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="336" />
        <source>You typed the fund’s share from the receipt: %1 (the estimate was %2).</source>
        <translation>您照收费单填了统筹支付：%1（估算是 %2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="343" />
        <source>The fund pays %1; %2 is left for the family to pay.</source>
        <translation>统筹付 %1，剩下 %2 要家里付。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="351" />
        <source>Nothing is left to pay.</source>
        <translation>没有剩下要付的钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="364" />
        <source>Not used this time:</source>
        <translation>这次没用上的：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="382" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="418" />
        <source>Not saved:</source>
        <translation>没有保存：</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="23" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="24" />
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="25" />
        <source>Care</source>
        <translation>就医类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="26" />
        <source>Where</source>
        <translation>在哪里看病</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="27" />
        <source>Total</source>
        <translation>总费用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="28" />
        <source>Fund pays</source>
        <translation>统筹支付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="29" />
        <source>Own account</source>
        <translation>本人个人账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="30" />
        <source>Wallet</source>
        <translation>医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="31" />
        <source>Family accounts</source>
        <translation>家人账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="32" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="153" />
        <source> (receipt)</source>
        <translation>（收费单）</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="45" />
        <source>Import visits</source>
        <translation>导入就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="46" />
        <source>CSV files (*.csv *.txt)</source>
        <translation>表格文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="52" />
        <source>Export visits</source>
        <translation>导出就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="53" />
        <source>CSV files (*.csv)</source>
        <translation>表格文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="67" />
        <location filename="../../desktop/ui/pages/visits_page.py" line="110" />
        <source>Visits</source>
        <translation>就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="75" />
        <source>Show visits of</source>
        <translation>显示谁的就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="75" />
        <source>&amp;Person</source>
        <translation>看病的人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="76" />
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="76" />
        <source>Show the year</source>
        <translation>显示哪一年</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="77" />
        <source>&amp;Kind of care</source>
        <translation>就医类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="77" />
        <source>Show the kind of care</source>
        <translation>显示哪种就医类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="88" />
        <source>Person, place, note or date</source>
        <translation>看病的人、地方、备注或日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="92" />
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="95" />
        <source> (updating…)</source>
        <translation>（正在更新…）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="117" />
        <source>Who paid for the chosen visit</source>
        <translation>选中的这次看病谁付了钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="123" />
        <source>&amp;Add visit…</source>
        <translation>添加就医记录(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="123" />
        <source>Record a new visit (Ctrl+N)</source>
        <translation>记下一次看病（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="124" />
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="124" />
        <source>Change the chosen visit</source>
        <translation>修改选中的就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="125" />
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="125" />
        <source>Delete the chosen visit</source>
        <translation>删除选中的就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="126" />
        <source>&amp;Import CSV…</source>
        <translation>导入表格(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="127" />
        <source>Read visits from a spreadsheet file</source>
        <translation>从表格文件读入就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="128" />
        <source>E&amp;xport CSV…</source>
        <translation>导出表格(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="129" />
        <source>Write the visits shown to a spreadsheet file</source>
        <translation>把显示的就医记录存成表格文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="151" />
        <source>Everyone</source>
        <translation>全家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="152" />
        <source>All years</source>
        <translation>所有年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="153" />
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="154" />
        <source>Add a family member first.</source>
        <translation>请先添加家庭成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="220" />
        <source>The totals could not be worked out: %1</source>
        <translation>合计算不出来：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="232" />
        <source>No visits shown. Press “Add visit” to record one.</source>
        <translation>这里没有就医记录。点“添加就医记录”记下一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="233" />
        <source>Visits shown: %1, total %2. The fund paid %3. The rest: own accounts %4, wallets %5, family accounts %6, cash %7.</source>
        <translation>共 %1 次看病，总费用 %2。统筹付了 %3。其余：本人账户 %4，医保钱包 %5，家人账户 %6，现金 %7。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="249" />
        <source>Choose a visit in the table first.</source>
        <translation>请先在表格里选中一条就医记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="270" />
        <source>%1, %2: %3 at %4. Total %5; the fund paid %6.</source>
        <translation>%1，%2：%3，%4。总费用 %5，统筹付了 %6。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="275" />
        <source>(from the receipt; the estimate was %1)</source>
        <translation>（照收费单；估算是 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="280" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="326" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="329" />
        <location filename="../../desktop/ui/pages/visits_page.py" line="352" />
        <source>%1 later visits were counted again because of it.</source>
        <translation>因此重新计算了后面的 %1 次看病。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="336" />
        <source>Delete the visit of %1 on %2 (%3)? Who paid for later visits is counted again.</source>
        <translation>删除%1在 %2 的这次看病（%3）吗？后面几次看病谁付钱会重新计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="338" />
        <source>Delete this visit?</source>
        <translation>删除这次就医记录吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="349" />
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="366" />
        <source>Imported %1 visits.</source>
        <translation>导入了 %1 条就医记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="372" />
        <source>visits</source>
        <translation>就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="379" />
        <source>Could not write the file: %1</source>
        <translation>文件没能写入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="381" />
        <source>Wrote %1 visits to %2.</source>
        <translation>已把 %1 条就医记录写到 %2。</translation>
    </message>
</context>
<context>
    <name>WalletCheckPage</name>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="27" />
        <source>Before sending money</source>
        <translation>转钱之前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="39" />
        <source>&amp;Hospital or pharmacy (optional)</source>
        <translation>医院或药店名称（可不填）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="40" />
        <source>&amp;Amount to send (yuan)</source>
        <translation>要转多少钱（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="41" />
        <source>&amp;When (China time)</source>
        <translation>什么时候转（北京时间）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="59" />
        <source>&amp;I have checked that the hospital or pharmacy %1 will use accepts the insurance wallet</source>
        <translation>我已经问清楚：%1要去的医院或药店能用医保钱包(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="62" />
        <source>Some hospitals and pharmacies cannot take wallet money yet; then it can only be used elsewhere.</source>
        <translation>有些医院和药店还不能用医保钱包付钱，这样的话钱只能到别处用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="80" />
        <source>Enter the amount.</source>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="91" />
        <source>The amount and time are within the limits.</source>
        <translation>金额和时间都符合规定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="92" />
        <source>If %1 has not received it by %2, it goes back to %3.</source>
        <translation>如果%1在 %2 前没有接收，钱会退回给%3。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="97" />
        <source>Tick the hospital check above to go on.</source>
        <translation>请先勾选上面“已经问清楚医院能用钱包”，才能往下走。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="99" />
        <source>Not like this:</source>
        <translation>这样不行：</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="56" />
        <source>Insurance wallet</source>
        <translation>医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="57" />
        <source>Family money through the insurance wallet: a family quota set aside for a relative (no money moves), or transfers from a personal account to a relative's wallet. Each region limits transfers — how many a day, how much each, none at night (China time) — and one not received in time goes back.</source>
        <translation>通过医保钱包给家人用钱：给家人设共济额度（钱不转走），或从个人账户转钱到家人的医保钱包。各地对转账有规定：一天最多几笔、每笔最多多少、夜里不能转（北京时间），对方没有按时接收，钱会退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="74" />
        <source>Show transfers of</source>
        <translation>显示谁的转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="74" />
        <source>Sho&amp;w for</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="76" />
        <location filename="../../desktop/ui/pages/wallet_page.py" line="80" />
        <source>Family quotas</source>
        <translation>共济额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="84" />
        <source>No quotas yet. Press “Set a quota” to record one.</source>
        <translation>还没有共济额度。点“设共济额度”记下一条。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="89" />
        <source>About the chosen quota</source>
        <translation>选中的共济额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="92" />
        <source>Set a &amp;quota…</source>
        <translation>设共济额度(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="93" />
        <source>Record a family quota set in the wallet</source>
        <translation>记下在医保钱包里设的共济额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="95" />
        <source>The payer ended it: what is unused is theirs again</source>
        <translation>出钱的人取消了：没用完的部分回到自己手里</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="94" />
        <source>End the q&amp;uota…</source>
        <translation>取消额度(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="65" />
        <source>Old balances</source>
        <translation>旧余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="67" />
        <source>Update balan&amp;ces…</source>
        <translation>更新余额(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="69" />
        <source>Type everyone's balances from the official app (Ctrl+U)</source>
        <translation>填上官方App里全家人的余额（Ctrl+U）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="96" />
        <source>Delete the quot&amp;a…</source>
        <translation>删除额度(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="97" />
        <source>Delete a quota entered by mistake</source>
        <translation>删除记错的额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="102" />
        <location filename="../../desktop/ui/pages/wallet_page.py" line="107" />
        <source>Wallet transfers</source>
        <translation>钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="108" />
        <source>Name, amount, date or note</source>
        <translation>姓名、金额、日期或备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="113" />
        <source>No transfers yet. Press “New transfer” to check and record one.</source>
        <translation>还没有转账。点“新的转账”检查并记下一笔。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="118" />
        <source>About the chosen transfer</source>
        <translation>选中的转账说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="123" />
        <source>&amp;New transfer…</source>
        <translation>新的转账(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="124" />
        <source>Check and record a transfer (Ctrl+N)</source>
        <translation>检查并记下一笔转账（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="125" />
        <source>&amp;Received…</source>
        <translation>已接收(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="126" />
        <source>The relative accepted the money</source>
        <translation>家人已经接收了这笔钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="127" />
        <source>Went &amp;back</source>
        <translation>已退回(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="128" />
        <source>It was not accepted in time and went back</source>
        <translation>没有按时接收，钱已退回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="129" />
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="129" />
        <source>Delete a mistaken entry</source>
        <translation>删除记错的一条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="130" />
        <source>&amp;Plan a larger amount…</source>
        <translation>安排一笔大额转账(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="131" />
        <source>Split an amount into transfers the rules allow</source>
        <translation>按规定把一笔钱分成几次转</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="137" />
        <location filename="../../desktop/ui/pages/wallet_page.py" line="146" />
        <source>Planned transfers</source>
        <translation>计划的转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="140" />
        <source>Transfers you planned with the planner, each on its day between the hours shown. Once one is sent, mark it done: the transfer is recorded above.</source>
        <translation>用“安排大额转账”定下的转账，每笔在它那天、在显示的时间内转。转完一笔就点“已转”，上面的转账记录会记下它。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="149" />
        <source>Mar&amp;k done</source>
        <translation>已转(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="150" />
        <source>It was sent: record the transfer now</source>
        <translation>已经转了：现在记下这笔转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="151" />
        <source>Dele&amp;te planned…</source>
        <translation>删除计划(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="152" />
        <source>Forget the chosen planned transfer</source>
        <translation>不要选中的这笔计划转账了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="153" />
        <source>Pr&amp;int the plan…</source>
        <translation>打印安排(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="154" />
        <source>Print the transfers still to make, in big type</source>
        <translation>用大字打印还没转的计划转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="155" />
        <source>Save the p&amp;lan as PDF…</source>
        <translation>把安排存成 PDF(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="156" />
        <source>Save the transfers still to make as a PDF sheet</source>
        <translation>把还没转的计划转账存成一张 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="176" />
        <source>Everyone</source>
        <translation>全家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="180" />
        <source>A transfer needs two family members. Add them on the Family page first.</source>
        <translation>转账需要两位家人。请先在“家庭成员”页添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="210" />
        <source>%1 set %2 for %3 on %4; used %5, left %6.</source>
        <translation>%1在 %4 给%3设了 %2 的额度；用了 %5，还剩 %6。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="281" />
        <source>Choose a transfer that is still waiting.</source>
        <translation>请选中一笔还在等待接收的转账。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="282" />
        <source>Choose a transfer in the table first.</source>
        <translation>请先在表格里选中一笔转账。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="286" />
        <source>%1 to %2, %3, sent %4.</source>
        <translation>%1转给%2 %3，%4 转出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="318" />
        <source>When did %1 accept the %2 from %3? It must be before %4.</source>
        <translation>%1是什么时候接收%3转来的 %2 的？必须在 %4 之前。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="321" />
        <source>Transfer received</source>
        <translation>转账已接收</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="321" />
        <source>&amp;Received at (China time)</source>
        <translation>接收时间（北京时间）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="322" />
        <source>&amp;Mark received</source>
        <translation>标记为已接收(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="342" />
        <source>%1 did not accept it: the %2 goes back to %3 at %4. Record that?</source>
        <translation>%1没有接收：这 %2 在 %4 退回给%3。要记下来吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="344" />
        <source>Went back?</source>
        <translation>已退回？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="361" />
        <source>Delete the transfer of %1 from %2 to %3 on %4? Only do this for an entry made by mistake.</source>
        <translation>删除 %4 %2转给%3的 %1 吗？只有记错了才删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="364" />
        <source>Delete this transfer?</source>
        <translation>删除这笔转账吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="396" />
        <source>When did %1 end the quota for %2? What is left of it (%3 now) becomes %1's to spend again.</source>
        <translation>%1什么时候取消了给%2的额度？剩下的部分（现在 %3）又归%1自己用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="398" />
        <source>End the quota</source>
        <translation>取消额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="398" />
        <source>&amp;Ended at (China time)</source>
        <translation>取消时间（北京时间）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="399" />
        <source>&amp;End the quota</source>
        <translation>取消额度(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="419" />
        <source>Delete the quota of %1 that %2 set for %3 on %4? Visits it paid (%5) are counted again without it. Only do this for an entry made by mistake; a quota the family stopped is ended, not deleted.</source>
        <translation>删除%2在 %4 给%3设的 %1 额度吗？它付过的就医（%5）会不算它重新计算。只在记错时删除；家里不再用的额度请点“取消额度”，不要删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="423" />
        <source>Delete this quota?</source>
        <translation>删除这个额度？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="450" />
        <source>Recorded: %1 from %2 to %3.</source>
        <translation>已记下：%2 转给 %3 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="458" />
        <source>Forget the planned transfer of %1 from %2 to %3 on %4? A transfer already recorded for it stays.</source>
        <translation>不要 %4 %2 转给 %3 的 %1 这笔计划了吗？已经记下的转账会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="461" />
        <source>Delete this planned transfer?</source>
        <translation>删除这笔计划的转账？</translation>
    </message>
</context>
<context>
    <name>WalletStale</name>
    <message>
        <location filename="../../desktop/ui/pages/wallet_stale.py" line="23" />
        <source>%1's balance was recorded %2 days ago (%3)</source>
        <translation>%1的余额是 %2 天前（%3）记的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_stale.py" line="26" />
        <source>%1's wallet balance was recorded %2 days ago (%3)</source>
        <translation>%1的钱包余额是 %2 天前（%3）记的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_stale.py" line="55" />
        <source>The quotas and planned transfers below count from balances recorded more than %1 days ago: %2. Check them in the official app and update them.</source>
        <translation>下面的额度和计划转账是按 %1 多天以前记的余额算的：%2。请打开官方App核对并更新余额。</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="28" />
        <source>Welcome to FamilyPool</source>
        <translation>欢迎使用家庭共济助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="32" />
        <source>This program keeps your family's medical insurance accounts in one place: how much each person can still use, whose account can pay for whom, and what to do before money runs short.

How would you like to start?</source>
        <translation>这个程序把全家的医保账户记在一起：每个人还能用多少钱，谁的账户能给谁用，钱不够之前该做什么。

您想怎么开始？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="37" />
        <source>Start with a &amp;demo family</source>
        <translation>先看看演示家庭(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="40" />
        <source>Fills the empty book with an example family so every page shows something.</source>
        <translation>在空账本里放进一个示例家庭，每一页都有内容可看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="41" />
        <source>Start with &amp;my own family</source>
        <translation>从我自己的家庭开始(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="43" />
        <location filename="../../desktop/ui/first_run.py" line="46" />
        <source>Add the first person of your family now.</source>
        <translation>现在就添加第一位家人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="44" />
        <source>An example family from Taiyuan, with a relative in Shanghai, to look around first.</source>
        <translation>一个太原的示例家庭，还有一位住在上海的亲人，先看看怎么用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="82" />
        <source>Add the next family member</source>
        <translation>添加下一位家庭成员</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <location filename="../../desktop/ui/write_failure.py" line="33" />
        <source>The file could not be written%1: %2. Check that the disk is not full and that you may write there, then try again.</source>
        <translation>文件无法写入%1：%2。请检查磁盘是否已满、是否有权限在那里写入，然后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/write_failure.py" line="45" />
        <location filename="../../desktop/ui/write_failure.py" line="46" />
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/write_failure.py" line="47" />
        <location filename="../../desktop/ui/write_failure.py" line="48" />
        <source>there is no permission to write there</source>
        <translation>没有在那里写入的权限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/write_failure.py" line="49" />
        <source>the disk can only be read</source>
        <translation>磁盘只能读、不能写</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/write_failure.py" line="57" />
        <source>Nothing was saved</source>
        <translation>没有保存</translation>
    </message>
</context>
</TS>