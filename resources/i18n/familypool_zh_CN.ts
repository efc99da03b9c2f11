<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="12" />
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="13" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="14" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="17" />
        <source>daily, when the book was opened</source>
        <translation>每天打开账本时自动备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="18" />
        <source>made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="19" />
        <source>before an upgrade of the data file</source>
        <translation>升级数据文件前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="20" />
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="21" />
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
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="32" />
        <source>What did the official channel say?</source>
        <translation>办理结果怎么样？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="46" />
        <source>Authorization &amp;starts on</source>
        <translation>授权开始日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="47" />
        <source>Authorization &amp;ends on</source>
        <translation>授权结束日期(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="48" />
        <source>Authorized &amp;amount (yuan)</source>
        <translation>授权额度（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="49" />
        <source>&amp;Submitted (registration time)</source>
        <translation>提交时间（备案时间）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="60" />
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="127" />
        <source>Submitted; &amp;waiting for the review</source>
        <translation>已经提交，正在等审核(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="61" />
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="128" />
        <source>Done; it is in &amp;force now</source>
        <translation>办好了，已经生效(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="62" />
        <source>The review did &amp;not pass</source>
        <translation>审核没有通过(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="88" />
        <source>The registration time decides the order in which family accounts pay: earlier first.</source>
        <translation>备案时间决定家人账户付钱的先后：先备案的先付。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="93" />
        <source>Binding no. %1: %2 for %3, submitted %4.</source>
        <translation>第 %1 号绑定：%2给%3用，%4 提交。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="97" />
        <source>What did the review say?</source>
        <translation>审核结果是什么？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="103" />
        <source>Enter what %1 showed after you submitted.</source>
        <translation>请照着%1提交后显示的内容填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="123" />
        <source>Still &amp;waiting for the review</source>
        <translation>还在等审核(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/bind_result_page.py" line="124" />
        <source>The review &amp;passed; it is in force</source>
        <translation>审核通过了，已经生效(&amp;P)</translation>
    </message>
</context>
<context>
    <name>BindingDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="53" />
        <source>Add a binding</source>
        <translation>添加共济绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="60" />
        <source>Choose whose account pays and for whom. The check below runs as you fill in the form and says in plain words whether the rules allow it.</source>
        <translation>选择用谁的账户、给谁付钱。一边填写，下面一边检查，用大白话告诉您规定允不允许。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="71" />
        <source>Whose account pays</source>
        <translation>用谁的账户付钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="72" />
        <source>Who it pays for</source>
        <translation>给谁付钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="78" />
        <source>&amp;Whose account pays</source>
        <translation>用谁的账户付钱(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="79" />
        <source>&amp;For whom</source>
        <translation>给谁付钱(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="82" />
        <source>Relation</source>
        <translation>亲属关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="86" />
        <source>&amp;Relation</source>
        <translation>亲属关系(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="88" />
        <source>Set the start and end dates</source>
        <translation>填写开始和结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="92" />
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="92" />
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="98" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="102" />
        <source>&amp;Valid</source>
        <translation>有效期(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="105" />
        <source>leave empty for no limit</source>
        <translation>不填表示不限额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="106" />
        <source>Authorized amount in yuan</source>
        <translation>授权额度（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="107" />
        <source>&amp;Authorized amount (¥)</source>
        <translation>授权额度（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="110" />
        <source>Where it was done</source>
        <translation>在哪里办理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="111" />
        <source>Where it is &amp;done</source>
        <translation>在哪里办理(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="116" />
        <source>Only a plan for now (not yet done)</source>
        <translation>只是打算，还没去办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="117" />
        <source>Done, waiting for the review</source>
        <translation>已经办了，等待审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="118" />
        <source>Done and approved (in effect)</source>
        <translation>已经办好，审核通过（已生效）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="127" />
        <source>State</source>
        <translation>办理进度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="132" />
        <source>Registration time</source>
        <translation>备案时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="133" />
        <source>Re&amp;gistered at</source>
        <translation>备案时间(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="134" />
        <source>The registration time decides the order in which family accounts pay.</source>
        <translation>备案时间决定几个家人账户先后付钱的顺序。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="138" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="139" />
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="148" />
        <source>Result of the check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="157" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="158" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="214" />
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="216" />
        <source>%1 (from the family list)</source>
        <translation>%1（按家庭成员表推算）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="239" />
        <source>Not chosen yet</source>
        <translation>还没选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="243" />
        <source> (needs a review)</source>
        <translation>（需要审核）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="255" />
        <source>Add at least two family members first.</source>
        <translation>请先添加至少两位家庭成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="269" />
        <source>Cannot check yet:</source>
        <translation>还不能检查：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="276" />
        <source>The rules allow this binding.</source>
        <translation>按规定可以这样绑定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="278" />
        <source>What the official channel will ask for:</source>
        <translation>去办理时要准备：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="281" />
        <source>Not possible as it stands:</source>
        <translation>现在这样不行：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="285" />
        <source>Where it can be done:</source>
        <translation>可以在这里办理：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/binding_dialog.py" line="308" />
        <source>Not saved:</source>
        <translation>没有保存：</translation>
    </message>
</context>
<context>
    <name>BindingsModel</name>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="13" />
        <source>For</source>
        <translation>为谁付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="14" />
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="15" />
        <source>Paid from the account of</source>
        <translation>用谁的账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="16" />
        <source>Relation</source>
        <translation>亲属关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="17" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="18" />
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="19" />
        <source>Registered</source>
        <translation>备案时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="20" />
        <source>Authorized</source>
        <translation>授权额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="21" />
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="22" />
        <source>Left</source>
        <translation>还剩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="36" />
        <source>Ends by itself on %1: %2's insurance %3 (F-N9)</source>
        <translation>%1 自动终止：%2的医保%3（F-N9）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="38" />
        <source>Ended by itself on %1: %2's insurance %3 (F-N9)</source>
        <translation>%1 已自动终止：%2的医保%3（F-N9）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="47" />
        <source>Ended by itself on %1</source>
        <translation>%1 已自动终止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="51" />
        <source>%1 on %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="57" />
        <source>no dates set</source>
        <translation>没填日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="58" />
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="59" />
        <source>no end</source>
        <translation>不限结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="68" />
        <source>No. %1</source>
        <translation>第 %1 位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/bindings_model.py" line="120" />
        <source>no limit</source>
        <translation>不限额</translation>
    </message>
</context>
<context>
    <name>BindingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="57" />
        <location filename="../../desktop/ui/pages/bindings_page.py" line="63" />
        <source>Bindings</source>
        <translation>共济绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="58" />
        <source>Family accounts pay for a person in the order they were registered: No. 1 first, then No. 2. A binding pays only while it is in effect, within its dates and its authorized amount.</source>
        <translation>几位家人的账户按备案先后给一个人付钱：先第 1 位，再第 2 位。绑定只有在生效期间、有效日期之内、授权额度没用完时才付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="60" />
        <source>Show bindings for</source>
        <translation>显示谁的绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="60" />
        <source>Show &amp;for</source>
        <translation>显示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="71" />
        <source>About the chosen binding</source>
        <translation>选中的绑定说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="77" />
        <source>&amp;Add binding…</source>
        <translation>添加绑定(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="78" />
        <source>Check and record a new binding</source>
        <translation>检查并记下一个新的绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="79" />
        <source>Enter one already &amp;made…</source>
        <translation>录入已办好的绑定(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="80" />
        <source>Record a binding made at the counter or in an app</source>
        <translation>记下在窗口或手机上已经办好的绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="81" />
        <source>Sent for &amp;review</source>
        <translation>已提交审核(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="82" />
        <source>The application was sent and waits for the review</source>
        <translation>申请已经提交，正在等审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="83" />
        <source>A&amp;pproved…</source>
        <translation>审核通过(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="84" />
        <source>The channel approved it; enter the registration time</source>
        <translation>办理渠道已经通过，请填写备案时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="85" />
        <source>&amp;Not approved</source>
        <translation>没有通过(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="86" />
        <source>The channel refused it</source>
        <translation>办理渠道没有通过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="87" />
        <source>&amp;End this binding…</source>
        <translation>终止这个绑定(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="88" />
        <source>The payer stops paying from today</source>
        <translation>付钱的一方从今天起不再付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="89" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="90" />
        <source>Delete a plan or a refused binding</source>
        <translation>删除只是打算或没有通过的绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="108" />
        <source>Everyone</source>
        <translation>全家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="119" />
        <source>A binding needs two family members. Add them on the Family page first.</source>
        <translation>绑定需要两位家庭成员，请先在“家庭成员”页添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="121" />
        <source>No bindings yet. Press “Add binding” to check whether one family member's account may pay for another's care.</source>
        <translation>还没有绑定。点“添加绑定”，看看能不能用一位家人的账户给另一位家人看病付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="148" />
        <source>%1's account pays for %2.</source>
        <translation>用%1的账户给%2付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="150" />
        <source>It is %1 in the order of payment.</source>
        <translation>付钱顺序排%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="152" />
        <source>Authorized %1, used %2, %3 left.</source>
        <translation>授权 %1，已用 %2，还剩 %3。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="155" />
        <source>No amount limit; used so far %1.</source>
        <translation>不限额，到现在已用 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="156" />
        <source>Valid: %1.</source>
        <translation>有效期：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="158" />
        <source>This is only a plan: do it through the official channel, then mark it.</source>
        <translation>这只是打算：请先到官方渠道办理，办好后再在这里标记。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="160" />
        <source>Waiting for the review; it does not pay yet.</source>
        <translation>正在等审核，现在还不能付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="162" />
        <source>Ended on %1; it no longer pays.</source>
        <translation>已在 %1 终止，不再付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="164" />
        <source>The channel did not approve it; it never pays.</source>
        <translation>办理渠道没有通过，不会付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="167" />
        <source>Visits from that day on are paid by the rest of the payment order.</source>
        <translation>从那天起的就医由付款顺序里的其他来源支付。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="229" />
        <source>%1's account for %2: when was it registered? Write the time shown by the official app or counter. Family accounts pay in the order they were registered.</source>
        <translation>用%1的账户给%2付钱：是什么时候备案的？请照官方手机软件或窗口给的时间填写。几位家人的账户按备案先后付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="232" />
        <source>Binding approved</source>
        <translation>绑定已通过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="232" />
        <source>&amp;Registered at</source>
        <translation>备案时间(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="233" />
        <source>&amp;Mark approved</source>
        <translation>标记为已通过(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="267" />
        <source>End the binding: %1's account will no longer pay for %2 from today (%3).

To pay again later a new binding is needed. End it?</source>
        <translation>终止绑定：从今天（%3）起，%1的账户不再给%2付钱。

以后想再付，需要重新绑定。确定终止吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="270" />
        <source>End this binding?</source>
        <translation>终止这个绑定吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="287" />
        <source>Delete the binding of %1 for %2 from the book?</source>
        <translation>从账本里删除%1给%2的这个绑定吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bindings_page.py" line="289" />
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
        <location filename="../../desktop/ui/guide/channel_page.py" line="17" />
        <source>Choose how to do it</source>
        <translation>选择在哪里办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/channel_page.py" line="28" />
        <source>&amp;Print the steps…</source>
        <translation>打印办理步骤…(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/channel_page.py" line="29" />
        <source>Save the steps as P&amp;DF…</source>
        <translation>把办理步骤存成PDF…(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/channel_page.py" line="57" />
        <source>For “%1”, %2 offers these ways. The first ones are the region's own; pick the one you can use.</source>
        <translation>“%1”在%2可以这样办。排在前面的是本地的办法，选一个您会用的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/channel_page.py" line="61" />
        <source>The region's rules list no way to do this. Ask the local medical-insurance office.</source>
        <translation>本地规定里没有写怎么办这件事，请问当地医保经办机构。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/channel_page.py" line="67" />
        <source>%1 steps</source>
        <translation>共 %1 步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/channel_page.py" line="69" />
        <source>takes a review</source>
        <translation>要等审核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/channel_page.py" line="118" />
        <source>First, %1 will open a wallet through “%2”.</source>
        <translation>先由%1在“%2”开通医保钱包。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/channel_page.py" line="127" />
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="62" />
        <source>Import visits from a CSV file</source>
        <translation>从表格文件（CSV）导入就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="73" />
        <source>Rows that can be imported</source>
        <translation>可以导入的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="74" />
        <source>Rows with problems</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="77" />
        <source>Good rows (%1)</source>
        <translation>没问题的行（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="78" />
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="83" />
        <source>&amp;Skip the rows with problems and import the rest</source>
        <translation>跳过有问题的行，导入其余的(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="88" />
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="98" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="99" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="111" />
        <source>%1 rows can be imported.</source>
        <translation>有 %1 行可以导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="113" />
        <source>%1 rows have problems (see the list); nothing is imported while there are problems, unless you choose to skip those rows.</source>
        <translation>有 %1 行有问题（见列表）。有问题时一行也不导入，除非您选择跳过这些行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="143" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="148" />
        <source>Imported %1 visits in %2 seconds.</source>
        <translation>用了 %2 秒，导入了 %1 条就医记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="151" />
        <source>%1 rows with problems were skipped.</source>
        <translation>跳过了 %1 行有问题的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/csv_import_dialog.py" line="167" />
        <source>Nothing was imported.</source>
        <translation>什么也没有导入。</translation>
    </message>
</context>
<context>
    <name>CsvRowsModel</name>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="15" />
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="26" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="16" />
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="17" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="18" />
        <source>Care</source>
        <translation>就医类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="19" />
        <source>Hospital level</source>
        <translation>医院等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="20" />
        <source>Total</source>
        <translation>总费用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="21" />
        <source>Fund paid</source>
        <translation>统筹实际支付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="22" />
        <source>Wallet</source>
        <translation>医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="23" />
        <source>Hospital or pharmacy</source>
        <translation>医院或药店</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="27" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="28" />
        <source>What is wrong</source>
        <translation>哪里不对</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="92" />
        <source>estimate</source>
        <translation>按估算</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="94" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/csv_rows_model.py" line="94" />
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
        <source>Save the steps as PD&amp;F…</source>
        <translation>把办理步骤存成PDF…(&amp;F)</translation>
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
        <source>%1's insurance wallet is recorded as open since %2.</source>
        <translation>已记下：%1的医保钱包从 %2 起开通。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/done_page.py" line="69" />
        <location filename="../../desktop/ui/guide/done_page.py" line="71" />
        <source>You have gone through every step.</source>
        <translation>所有步骤都做完了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/done_page.py" line="90" />
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
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="41" />
        <source>Authorization &amp;starts on</source>
        <translation>授权开始日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="42" />
        <source>Authorization &amp;ends on</source>
        <translation>授权结束日期(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="43" />
        <source>Authorized &amp;amount (yuan)</source>
        <translation>授权额度（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="115" />
        <source>%1 sends money to %2, under the rules of %3.</source>
        <translation>%1给%2转钱，按%3的规定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="116" />
        <source>%1 for %2, under the rules of %3.</source>
        <translation>%1给%2用，按%3的规定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="140" />
        <source>No — not as it stands.</source>
        <translation>不行——现在这样办不了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="141" />
        <source>What you can do instead:</source>
        <translation>可以这样办：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="143" />
        <source>Fill in the form above.</source>
        <translation>请把上面的内容填好。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="145" />
        <source>Yes, this can be done.</source>
        <translation>可以，能办。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="146" />
        <source>The official channel will ask for:</source>
        <translation>办理时会要您：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="148" />
        <source>Why it is allowed:</source>
        <translation>为什么可以：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="166" />
        <source>%1's wallet: open since %2.</source>
        <translation>%1的医保钱包：%2 已开通。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/eligibility_page.py" line="169" />
        <source>%1's wallet: not opened yet — the guide shows how.</source>
        <translation>%1的医保钱包：还没开通——向导会一步步教您开通。</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="27" />
        <location filename="../../desktop/ui/pages/family_page.py" line="46" />
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="32" />
        <source>&amp;Add a member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="33" />
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="34" />
        <source>&amp;Record a balance…</source>
        <translation>记一笔余额(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="35" />
        <source>Re&amp;move</source>
        <translation>删除成员(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="36" />
        <source>&amp;Update everyone's balances…</source>
        <translation>更新全家余额(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="38" />
        <source>Type everyone's balance from the official app on one screen (%1)</source>
        <translation>在一个窗口里照官方App填上全家人的余额（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="56" />
        <location filename="../../desktop/ui/pages/family_page.py" line="99" />
        <source>Balance records</source>
        <translation>余额记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="59" />
        <source>&amp;Delete this balance record</source>
        <translation>删除这条余额记录(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="102" />
        <source>Balance records of %1</source>
        <translation>%1 的余额记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="121" />
        <source>%1 was added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="126" />
        <source>%1 was saved.</source>
        <translation>%1 的资料已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="138" />
        <source>Balance of %1 on %2 recorded: %3</source>
        <translation>已记下 %1 在 %2 的余额：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="161" />
        <source>Remove a member</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="162" />
        <source>Remove %1 from the family book?</source>
        <translation>要把 %1 从家庭账本里删除吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="169" />
        <source>%1 was not removed.</source>
        <translation>没有删除 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="176" />
        <source>%1 was removed.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="183" />
        <source>Delete a balance record</source>
        <translation>删除余额记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="184" />
        <source>Delete the balance of %1 on %2?</source>
        <translation>要删除 %2 那天 %1 的余额记录吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_page.py" line="196" />
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
        <location filename="../../desktop/ui/pages/home_top.py" line="43" />
        <source>The whole family can use now</source>
        <translation>全家现在一共能用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="50" />
        <source>&amp;Update balances…</source>
        <translation>更新余额(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="52" />
        <source>Type everyone's balance from the official app on one screen (%1)</source>
        <translation>在一个窗口里照官方App填上全家人的余额（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="58" />
        <source>Everyone's own account and wallet added up. Money one person may use from another's account is counted once, in its owner's account.</source>
        <translation>每个人自己的账户和钱包加在一起。家人之间共济的钱只算一次，算在账户主人那里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="69" />
        <source>Next thing to do:</source>
        <translation>下一件要做的事：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="90" />
        <source>The whole family can use now: %1</source>
        <translation>全家现在一共能用：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="102" />
        <source>Nothing needs doing now.</source>
        <translation>现在没有要做的事。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="111" />
        <source>Then, in order:</source>
        <translation>接下来按顺序：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="135" />
        <source>No balance recorded yet for %1, so it is not in this total yet.</source>
        <translation>%1还没记余额，这个总数里还没有算上。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="139" />
        <source>Some balances in this total were recorded more than %1 days ago; it may be out of date.</source>
        <translation>这个总数里有的余额是 %1 多天以前记的，可能已经不准了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_top.py" line="146" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>GuideWizard</name>
    <message>
        <location filename="../../desktop/ui/guide/wizard.py" line="44" />
        <source>Binding guide</source>
        <translation>共济办理向导</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wizard.py" line="48" />
        <source>Continue &amp;later</source>
        <translation>下次接着办(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wizard.py" line="49" />
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wizard.py" line="50" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wizard.py" line="51" />
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wizard.py" line="52" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wizard.py" line="191" />
        <source>End the binding</source>
        <translation>终止绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wizard.py" line="192" />
        <source>End binding no. %1 now? It stops at once and cannot be undone.</source>
        <translation>现在终止第 %1 号绑定吗？终止后马上失效，不能恢复。</translation>
    </message>
</context>
<context>
    <name>HomeFacts</name>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="107" />
        <source>No balance recorded yet for %1: type what the official app shows.</source>
        <translation>%1还没记余额：请照官方App填上。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="111" />
        <source>Balances of %1 were recorded more than %2 days ago: check them in the official app.</source>
        <translation>%1的余额是 %2 多天以前记的：请打开官方App核对一下。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="168" />
        <source>No balance recorded yet: press “Update balances” and type what the official app shows, so the figures are right.</source>
        <translation>还没记余额：请按“更新余额”，填上官方App显示的数，这样数字才对。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="192" />
        <source>Balance recorded %1 days ago (%2); it may have changed.</source>
        <translation>余额是 %1 天前（%2）记的，可能已经变了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="196" />
        <source>The wallet balance was recorded %1 days ago (%2); it may have changed.</source>
        <translation>钱包余额是 %1 天前（%2）记的，可能已经变了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="202" />
        <source>The %3 from %4's account is counted from %4's balance recorded %1 days ago (%2).</source>
        <translation>其中从%4账户用的 %3，是按%4 %1 天前（%2）记的余额算的。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="215" />
        <source> since %1</source>
        <translation>（从%1起）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="216" />
        <source>Insurance status: %1%2.</source>
        <translation>参保状态：%1%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="223" />
        <source>While it lasts, family accounts cannot pay for this person.</source>
        <translation>这段时间里，家人的账户不能替他付钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="235" />
        <source>The binding that lets you use %1's account ends on %2 (in %3 days).</source>
        <translation>你能用%1账户的共济绑定将在 %2 到期（还有 %3 天）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="239" />
        <source>The binding that lets %1 use your account ends on %2 (in %3 days).</source>
        <translation>%1用你账户的共济绑定将在 %2 到期（还有 %3 天）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="261" />
        <source>The binding that lets %1 use your account ends by itself on %2: %3's insurance %4 (F-N9).</source>
        <translation>让%1用你账户的共济绑定将在 %2 自动终止：%3的医保%4（F-N9）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="264" />
        <source>The binding that let %1 use your account ended by itself on %2: %3's insurance %4 (F-N9).</source>
        <translation>让%1用你账户的共济绑定已在 %2 自动终止：%3的医保%4（F-N9）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="275" />
        <source>The quota you set for %1 ends by itself on %2: %3's insurance %4 (F-N9). What is left of it then is yours again.</source>
        <translation>你给%1设的共济额度将在 %2 自动终止：%3的医保%4（F-N9）。到时没用完的部分回到你自己手里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="279" />
        <source>The quota you set for %1 ended by itself on %2: %3's insurance %4 (F-N9). The unused %5 is yours again.</source>
        <translation>你给%1设的共济额度已在 %2 自动终止：%3的医保%4（F-N9）。没用完的 %5 又可以自己用了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="297" />
        <source>%1 of your account is set aside as a family quota for %2 (F-N11): you cannot spend it until the quota ends.</source>
        <translation>你账户里有 %1 设成了给%2的共济额度（F-N11）：额度结束前你自己不能用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="315" />
        <source>Your account holds %1, not above the %2 that must stay: family members cannot use it now.</source>
        <translation>你的账户只有 %1，没有超过必须留下的 %2：家人现在用不了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="318" />
        <source>Your account holds %1, close to the %2 that must stay: family members can use only %3 more.</source>
        <translation>你的账户有 %1，快到必须留下的 %2 了：家人最多还能用 %3。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="332" />
        <source>%1 sent %2 to your wallet; it is not received yet. Receive it before %3, or it goes back to %1.</source>
        <translation>%1 转给你的医保钱包 %2，还没有接收。请在 %3 前接收，否则钱会退回给%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="336" />
        <source>The %2 you sent to %1 is not received yet; if it is not received before %3, it comes back to your account.</source>
        <translation>你转给%1的 %2 对方还没有接收；如果 %3 前还不接收，钱会退回你的账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_facts.py" line="358" />
        <source>So “%1” above leaves this account out.</source>
        <translation>所以上面的“%1”没有算这个账户的钱。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/pages/home_page.py" line="50" />
        <source>Press a “can use now” figure to see where the money comes from.</source>
        <translation>点一下“现在一共能用”的金额，可以看到钱从哪里来。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_page.py" line="67" />
        <source>Today, %1</source>
        <translation>今天是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_page.py" line="91" />
        <source>The demo family is ready. Look around every page.</source>
        <translation>演示家庭已经准备好，可以到各页看看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_page.py" line="94" />
        <source>Saved. Add the others on the Family page; “Update balances” on Home records everyone's balance at once.</source>
        <translation>已保存。请到“家庭成员”页添加其他家人；在首页按“更新余额”可以一次记下全家人的余额。</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/book_import_problems.py" line="16" />
        <source>Nothing was imported</source>
        <translation>什么都没有导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/book_import_problems.py" line="18" />
        <source>%1 has %2 problem(s). Nothing was imported and the book is as it was. Correct the file and import it again.</source>
        <translation>%1 里有 %2 处问题。什么都没有导入，账本保持原样。请改好文件后再导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/book_import_problems.py" line="24" />
        <source>Problems in the file</source>
        <translation>文件里的问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/book_import_problems.py" line="28" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ImportProblemsModel</name>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="67" />
        <source>Where in the file</source>
        <translation>在文件里的位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_models.py" line="68" />
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
        <source>Look up &amp;visit records</source>
        <translation>查看病记录(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="33" />
        <source>See what was spent and what the shared money paid.</source>
        <translation>看看花了多少钱，共济的钱付了多少。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="34" />
        <source>&amp;Pay a relative's resident insurance premium</source>
        <translation>替家人交居民医保费(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="35" />
        <source>From your personal account, for a relative you share with.</source>
        <translation>用您的个人账户，给已经共济绑定的家人交。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="47" />
        <source>What would you like to do?</source>
        <translation>您想办什么事？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="64" />
        <source>Continue where you left off</source>
        <translation>接着上次没办完的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="87" />
        <source>&amp;Continue</source>
        <translation>接着办(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="89" />
        <source>Continue: %1</source>
        <translation>接着办：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="91" />
        <source>Forget</source>
        <translation>不办了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="93" />
        <source>Forget this guide</source>
        <translation>不再接着办这件事</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="117" />
        <source>step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="120" />
        <source>checking whether it can be done</source>
        <translation>正在看能不能办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="122" />
        <source>waiting for the review result</source>
        <translation>等审核结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="123" />
        <location filename="../../desktop/ui/guide/intro_page.py" line="124" />
        <source>entering the result</source>
        <translation>正在填办理结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="125" />
        <source>done</source>
        <translation>办好了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="126" />
        <source>not started yet</source>
        <translation>还没开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="121" />
        <source>choosing how</source>
        <translation>正在选办理方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="127" />
        <source>saved %1</source>
        <translation>%1 保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="132" />
        <source>Forget the guide</source>
        <translation>不办了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/intro_page.py" line="132" />
        <source>Forget this half-done guide? Nothing else is deleted.</source>
        <translation>这件事不接着办了吗？只删掉办理进度，别的都不删。</translation>
    </message>
</context>
<context>
    <name>LocalRulesBox</name>
    <message>
        <location filename="../../desktop/ui/pages/local_rules_box.py" line="19" />
        <location filename="../../desktop/ui/pages/local_rules_box.py" line="91" />
        <source>Local rules and the new national rules</source>
        <translation>地方规定与国家新规定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/local_rules_box.py" line="22" />
        <source>Some regions' older rules differ from the national rules that came later. The sources do not say which one wins, so the figures follow the national rules unless you choose otherwise here. Changing it re-counts every recorded visit.</source>
        <translation>有些地区原有的规定和后来的国家规定不一致。来源没有说明哪一条优先，所以除非您在这里另选，程序都按国家规定计算。改了以后会把已记下的每一次就诊重新计算一遍。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/local_rules_box.py" line="73" />
        <source>Follow the national rules from %1 (default)</source>
        <translation>从 %1 起按国家规定（默认）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/local_rules_box.py" line="74" />
        <source>Keep the local rules of %1</source>
        <translation>沿用%1的地方规定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/local_rules_box.py" line="76" />
        <source>Which rules apply in %1</source>
        <translation>%1按哪种规定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/local_rules_box.py" line="92" />
        <source>Counting every recorded visit again with the chosen rules… The figures shown are the old ones until this is done.</source>
        <translation>正在按选定的规定重新计算每一次就诊……算完之前显示的还是原来的数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/local_rules_box.py" line="100" />
        <source>Choice of rules saved; visits re-counted.</source>
        <translation>规定的选择已保存，就诊已重新计算。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="30" />
        <location filename="../../desktop/ui/self_test.py" line="109" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="31" />
        <source>Family</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="32" />
        <source>Bindings</source>
        <translation>共济绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="33" />
        <source>Visits</source>
        <translation>就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="34" />
        <source>Wallet</source>
        <translation>医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="35" />
        <source>Projection</source>
        <translation>余额预测</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="36" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="83" />
        <source>FamilyPool</source>
        <translation>家庭共济助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="96" />
        <location filename="../../desktop/ui/main_window.py" line="104" />
        <location filename="../../desktop/ui/main_window.py" line="233" />
        <source>Opening the family book…</source>
        <translation>正在打开家庭账本…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="234" />
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261" />
        <source>Balances recorded: %1.</source>
        <translation>已记下 %1 笔余额。</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="47" />
        <source>Add the first family member</source>
        <translation>添加第一位家庭成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="47" />
        <source>Add a family member</source>
        <translation>添加家庭成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="49" />
        <source>Change %1</source>
        <translation>修改 %1 的资料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="52" />
        <source>Start with yourself or whoever looks after the family's insurance; “Save and add the next person” brings this form again for the others. Have the official app open: each person's balance now is asked at the end (or tick “I don't know yet”).</source>
        <translation>先从您自己或管家里医保的人开始；按“保存并添加下一位”可以接着添加其他家人。请把官方医保App打开：最后会问每个人现在的余额（不知道的话勾选“还不知道”）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="68" />
        <source>Head of the household</source>
        <translation>户主本人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="74" />
        <source>Recorded: %1</source>
        <translation>已记录：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="75" />
        <source>Type a new number only to change it.</source>
        <translation>要改号码时才需要重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="77" />
        <source>18 characters; may be left empty</source>
        <translation>18 位号码，可以不填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="90" />
        <source>since when; may be left empty</source>
        <translation>从哪天起，可以不填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="93" />
        <source>Continues</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="94" />
        <source>Ended</source>
        <translation>终止参保</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="95" />
        <source>Moved to another pooling region</source>
        <translation>转到其他统筹地区</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="96" />
        <source>From that day every binding and quota of this person ends by itself (F-N9).</source>
        <translation>从那天起，这个人的所有共济绑定和共济额度都自动终止（F-N9）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="98" />
        <source>the day it ended or moved</source>
        <translation>终止或转移的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="101" />
        <location filename="../../desktop/ui/dialogs/member_form.py" line="109" />
        <source>may be left empty</source>
        <translation>可以不填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="107" />
        <source>as the official app shows it</source>
        <translation>照官方App上显示的填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="110" />
        <source>I don't &amp;know yet</source>
        <translation>还不知道(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="111" />
        <source>I don't know the balance yet</source>
        <translation>还不知道余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="112" />
        <source>Record it later with “Update balances” on Home.</source>
        <translation>以后可以在首页按“更新余额”再记。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="115" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="115" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="116" />
        <source>&amp;Relation to the head</source>
        <translation>与户主的关系(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="116" />
        <source>Relation to the head</source>
        <translation>与户主的关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="117" />
        <source>&amp;ID number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="117" />
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="118" />
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="118" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="119" />
        <source>Insured &amp;place</source>
        <translation>参保地(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="119" />
        <source>Insured place</source>
        <translation>参保地</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="120" />
        <source>Insurance &amp;type</source>
        <translation>参保类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="120" />
        <source>Insurance type</source>
        <translation>参保类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="121" />
        <source>&amp;Working or retired</source>
        <translation>在职还是退休(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="121" />
        <source>Working or retired</source>
        <translation>在职还是退休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="122" />
        <source>&amp;Status</source>
        <translation>参保状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="122" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="123" />
        <source>Status since</source>
        <translation>状态开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="123" />
        <source>Status sin&amp;ce</source>
        <translation>状态开始日期(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="124" />
        <source>Insurance &amp;ended or moved</source>
        <translation>参保终止或转移(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="125" />
        <source>Insurance ended or moved</source>
        <translation>参保终止或转移</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="126" />
        <source>Ended or mo&amp;ved on</source>
        <translation>终止或转移日期(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="126" />
        <source>Ended or moved on</source>
        <translation>终止或转移日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="127" />
        <source>Moved &amp;from</source>
        <translation>原来的参保地(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="127" />
        <source>Moved from</source>
        <translation>原来的参保地</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="128" />
        <source>Wallet opened on</source>
        <translation>医保钱包开通日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="128" />
        <source>Wa&amp;llet opened on</source>
        <translation>医保钱包开通日期(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="129" />
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="129" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="133" />
        <source>Own &amp;account now (yuan)</source>
        <translation>个人账户现在有（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="133" />
        <source>Own account balance now</source>
        <translation>个人账户现在的余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="134" />
        <source>Wallet &amp;money now (yuan)</source>
        <translation>医保钱包现在有（元）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="134" />
        <source>Wallet balance now</source>
        <translation>医保钱包现在的余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="143" />
        <source>Problem with %1</source>
        <translation>%1填写有误</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="147" />
        <source>From that day every binding and quota of this person ends by itself, and what is left of a quota goes back to whoever set it (F-N9). For a move, “Insured place” above is the new place.</source>
        <translation>从那天起，这个人的所有共济绑定和共济额度都自动终止，额度没用完的部分退回设额度的人（F-N9）。转移参保时，上面的“参保地”填新的参保地。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="168" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="169" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="174" />
        <source>Save and add the ne&amp;xt person</source>
        <translation>保存并添加下一位(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="300" />
        <source>Choose the province and the city where this person is insured.</source>
        <translation>请选择这个人参保所在的省和市。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="307" />
        <source>The ID number says this person was born on %1; please check both.</source>
        <translation>身份证号码显示出生日期是 %1，请核对这两项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="316" />
        <source>This date is in the future.</source>
        <translation>这个日期还没到。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/member_form.py" line="340" />
        <source>Please correct the fields marked above; nothing was saved yet.</source>
        <translation>请改正上面标出的地方；现在还没有保存。</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="16" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="17" />
        <source>Relation to the head</source>
        <translation>与户主的关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="18" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="19" />
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="20" />
        <source>Insured place</source>
        <translation>参保地</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="21" />
        <source>Insurance</source>
        <translation>参保类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="22" />
        <source>Working or retired</source>
        <translation>在职还是退休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="23" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="42" />
        <source>Head of the household</source>
        <translation>户主本人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="49" />
        <source> (since %1)</source>
        <translation>（从 %1 起）</translation>
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
        <location filename="../../desktop/ui/widgets.py" line="12" />
        <source>Enter an amount, for example 120.50.</source>
        <translation>请输入金额，例如 120.50。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="13" />
        <source>The amount cannot be negative.</source>
        <translation>金额不能是负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="14" />
        <source>That is not an amount; write it like 1234.50.</source>
        <translation>这不是金额，请写成 1234.50 这样。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="15" />
        <source>At most two decimals (the smallest unit is 0.01 yuan).</source>
        <translation>最多两位小数（最小单位是 0.01 元）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="16" />
        <source>Over ¥100,000,000; please check the amount.</source>
        <translation>超过一亿元，请检查金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="18" />
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
        <location filename="../../desktop/ui/pages/payment_order_box.py" line="66" />
        <source>Order of payment saved; visits re-counted.</source>
        <translation>付款顺序已保存，看病记录已重新计算。</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="12" />
        <location filename="../../desktop/ui/guide/people_page.py" line="14" />
        <source>&amp;Whose account pays</source>
        <translation>用谁的账户付钱(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="13" />
        <source>&amp;Who sends the money</source>
        <translation>谁转出钱(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="15" />
        <source>Who &amp;benefits</source>
        <translation>给谁用(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="16" />
        <source>Who &amp;receives it</source>
        <translation>谁收钱(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="17" />
        <source>Whose &amp;premium</source>
        <translation>给谁交保费(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="24" />
        <source>Who is it for?</source>
        <translation>谁给谁办？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="26" />
        <source>Add the family members first, on the Family page.</source>
        <translation>请先在“家庭成员”页添加家人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="56" />
        <source>&amp;Whose</source>
        <translation>谁的(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="76" />
        <location filename="../../desktop/ui/guide/people_page.py" line="83" />
        <source>— choose —</source>
        <translation>——请选择——</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="104" />
        <source>%1 is %2's</source>
        <translation>%1是%2的</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="123" />
        <source>The rules of %1 apply: %2 is insured there.</source>
        <translation>按%1的规定办：%2在那里参保。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/people_page.py" line="128" />
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
        <location filename="../../desktop/ui/pages/home_card.py" line="123" />
        <source>Own account</source>
        <translation>本人个人账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="42" />
        <location filename="../../desktop/ui/pages/home_card.py" line="125" />
        <source>Insurance wallet</source>
        <translation>医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="44" />
        <location filename="../../desktop/ui/pages/home_facts.py" line="359" />
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
        <location filename="../../desktop/ui/pages/home_card.py" line="82" />
        <source>Binding guide…</source>
        <translation>共济办理向导…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="83" />
        <source>Step by step: let a family member's account pay for %1</source>
        <translation>一步一步办：让家人的医保账户给%1付钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="85" />
        <source>Binding guide for %1</source>
        <translation>%1的共济办理向导</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="100" />
        <source>not recorded yet</source>
        <translation>还没记</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="102" />
        <source>%1 (used up)</source>
        <translation>%1（已经用完）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="127" />
        <source>%1's account (family)</source>
        <translation>%1的账户（家庭共济）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="128" />
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="132" />
        <source>• Nothing can be used at the moment.</source>
        <translation>• 现在没有能用的钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/home_card.py" line="133" />
        <source>= %1 in all</source>
        <translation>= 一共 %1</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../desktop/ui/models/plan_model.py" line="14" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/plan_model.py" line="15" />
        <source>Send at (China time)</source>
        <translation>转出时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/plan_model.py" line="16" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/plan_model.py" line="17" />
        <source>Must be received before</source>
        <translation>对方须在此前接收</translation>
    </message>
</context>
<context>
    <name>PlannedModel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="56" />
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="57" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="58" />
        <source>Kind of care</source>
        <translation>就医类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="59" />
        <source>Hospital level</source>
        <translation>医院等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="60" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="61" />
        <source>Every month until</source>
        <translation>每月一直到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="62" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="91" />
        <source>no end</source>
        <translation>不限结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="93" />
        <source>once</source>
        <translation>一次</translation>
    </message>
</context>
<context>
    <name>PlannerDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="37" />
        <source>Plan wallet transfers</source>
        <translation>安排钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="39" />
        <source>How to move a larger amount: the planner splits it into transfers the rules allow and gives the earliest times to send them.</source>
        <translation>要转一笔较大的钱：这里按规定把它分成几笔，并给出最早可以转出的时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="50" />
        <source>&amp;From</source>
        <translation>转出人(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="50" />
        <source>Who sends</source>
        <translation>谁转出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="51" />
        <source>&amp;To</source>
        <translation>接收人(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="51" />
        <source>Who receives</source>
        <translation>谁接收</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="52" />
        <source>&amp;Amount (¥)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="52" />
        <source>Amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="53" />
        <source>&amp;Needed by (China time)</source>
        <translation>最晚要在（北京时间）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="53" />
        <source>Deadline, China time</source>
        <translation>最晚时间，北京时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="60" />
        <source>What the plan says</source>
        <translation>安排结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="63" />
        <source>Schedule</source>
        <translation>转账安排</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="67" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/planner_dialog.py" line="97" />
        <source>Type the amount to move.</source>
        <translation>请填写要转的金额。</translation>
    </message>
</context>
<context>
    <name>ProjectionModels</name>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="17" />
        <source>runs out</source>
        <translation>用完</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="18" />
        <source>down to the reserve</source>
        <translation>降到必须保留的钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="19" />
        <source>lowest</source>
        <translation>最低点</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="20" />
        <source>cash out of pocket</source>
        <translation>自己掏现金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="21" />
        <source>same</source>
        <translation>一样</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="22" />
        <source>changed</source>
        <translation>变了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="23" />
        <source>runs out in</source>
        <translation>哪个月用完</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="24" />
        <source>down to the reserve in</source>
        <translation>哪个月降到必须保留的钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="25" />
        <source>left at the end</source>
        <translation>最后还剩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="44" />
        <source>not in this period</source>
        <translation>这段时间内不会</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="105" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="106" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="107" />
        <source>At the start</source>
        <translation>月初</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="108" />
        <source>Money in</source>
        <translation>划入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="109" />
        <source>Own use</source>
        <translation>自己用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="110" />
        <source>Paid for family</source>
        <translation>给家人付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="111" />
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="112" />
        <source>At the end</source>
        <translation>月底</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="113" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="142" />
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="143" />
        <source>Medical costs</source>
        <translation>看病总花费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="144" />
        <source>Insurance fund pays</source>
        <translation>医保统筹报销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="145" />
        <source>Own account and wallet</source>
        <translation>自己的账户和钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="146" />
        <source>Family accounts</source>
        <translation>家人账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="147" />
        <source>Premiums</source>
        <translation>保费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="148" />
        <source>Cash out of pocket</source>
        <translation>自己掏现金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="149" />
        <source>Cash from</source>
        <translation>从哪个月开始掏现金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="173" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="167" />
        <source>What</source>
        <translation>什么</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="168" />
        <source>As things are</source>
        <translation>照现在这样</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="169" />
        <source>With the change</source>
        <translation>改了以后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_models.py" line="170" />
        <source>Difference</source>
        <translation>差多少</translation>
    </message>
</context>
<context>
    <name>ProjectionPage</name>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="117" />
        <location filename="../../desktop/ui/pages/projection_report.py" line="32" />
        <source>Projection</source>
        <translation>余额预测</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="120" />
        <source>How long each person's money will last, month by month. It starts from the balances you recorded, adds each month's credit, and takes off what each person usually spends (the average of their last 12 months of visits) and the planned costs. Nothing here changes your records.</source>
        <translation>每个人的钱还能用多久，一个月一个月算给您看。从您记下的余额算起，加上每月划入的钱，减去每个人平常的花费（最近12个月看病的平均数）和计划好的花费。这里的计算不会改动您的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="134" />
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="135" />
        <source>How many months ahead</source>
        <translation>往后算几个月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="137" />
        <source>Which account to show</source>
        <translation>看哪个账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="139" />
        <source>Compare with a what-if</source>
        <translation>和“假如”比一比</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="140" />
        <source>&amp;Months ahead</source>
        <translation>往后算(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="140" />
        <source>&amp;Show</source>
        <translation>看(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="141" />
        <source>&amp;Compare with</source>
        <translation>比一比(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="151" />
        <source>Pla&amp;ns…</source>
        <translation>计划……(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="152" />
        <source>Planned costs, monthly figures and wallet transfers</source>
        <translation>计划的花费、每月的数字和钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="154" />
        <source>&amp;What if…</source>
        <translation>假如……(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="155" />
        <source>Try a change and compare it with the plan as it is</source>
        <translation>试一个改动，和现在的情况比一比</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="156" />
        <source>&amp;Drop this what-if</source>
        <translation>不要这个假如(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="157" />
        <source>Forget the chosen what-if</source>
        <translation>去掉选中的“假如”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="158" />
        <source>How &amp;likely?</source>
        <translation>可能性有多大？(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="159" />
        <source>Simulate 1,000 possible futures from past visits</source>
        <translation>按以前看病的情况，模拟1000种可能的将来</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="160" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="160" />
        <source>Stop the simulation</source>
        <translation>停止模拟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="167" />
        <source>Save the chart as a &amp;picture…</source>
        <translation>把图存成图片……(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="168" />
        <source>Save the chart as a PNG picture</source>
        <translation>把走势图存成 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="169" />
        <source>Save a &amp;report (PDF)…</source>
        <translation>存一份报告（PDF）……(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="170" />
        <source>Save the whole projection as a PDF report</source>
        <translation>把整个预测存成 PDF 报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="177" />
        <source>Simulation progress</source>
        <translation>模拟进度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="185" />
        <source>In short</source>
        <translation>简单说</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="186" />
        <source>Summary of the projection</source>
        <translation>预测结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="193" />
        <source>Point at the chart (or use the arrow keys on it) to see a month's figures. ✕ marks the month an account runs out; ○ its lowest point.</source>
        <translation>把鼠标放到图上（或在图上按左右方向键）可以看当月的数字。✕ 表示账户在这个月用完；○ 表示最低点。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="201" />
        <location filename="../../desktop/ui/pages/projection_report.py" line="33" />
        <source>How likely</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="202" />
        <source>How likely the money runs out</source>
        <translation>钱用完的可能性</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="207" />
        <source>The changes of the what-if</source>
        <translation>这个假如改了什么</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="208" />
        <source>What the what-if changes</source>
        <translation>这个假如带来的变化</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="210" />
        <source>The plan and the what-if</source>
        <translation>现在的情况和假如的情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="214" />
        <location filename="../../desktop/ui/pages/projection_report.py" line="35" />
        <source>Month by month</source>
        <translation>每个月的明细</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="216" />
        <source>Each account month by month</source>
        <translation>每个账户每个月的明细</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="219" />
        <location filename="../../desktop/ui/pages/projection_report.py" line="34" />
        <source>Cash out of pocket</source>
        <translation>自己掏现金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="221" />
        <source>What each person pays</source>
        <translation>每个人要付多少</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="224" />
        <location filename="../../desktop/ui/pages/projection_report.py" line="36" />
        <source>About these figures</source>
        <translation>关于这些数字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="275" />
        <source>Add the family on the Family page first; the projection starts from the balances recorded there.</source>
        <translation>请先在“家庭成员”页添加家人；预测从那里记下的余额算起。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="306" />
        <source>Every account</source>
        <translation>每个账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="310" />
        <location filename="../../desktop/ui/pages/projection_page.py" line="407" />
        <source>All accounts together</source>
        <translation>全家账户合计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="317" />
        <source>Nothing (the plan as it is)</source>
        <translation>不比（照现在这样）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="338" />
        <source>In short: %1 to %2</source>
        <translation>简单说：%1 到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="353" />
        <source>Monthly credits come from each person's latest balance record unless you typed your own under “Plans…”, where planned costs and wallet transfers are kept too. A month's usual spending is settled on the 15th; deductibles and limits start again each January.</source>
        <translation>每月划入的钱按每个人最近一次记下的余额记录；如果您在“计划……”里自己填了数字，就按您填的算。计划的花费和钱包转账也记在那里。每月平常的花费按15号结算；起付线和最高支付限额每年1月重新算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="372" />
        <source>What if: %1</source>
        <translation>假如：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="384" />
        <source>Working out 1,000 possible futures…</source>
        <translation>正在算1000种可能的将来……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="388" />
        <source>From %1 possible futures drawn from each person's last 12 months of visits (the same records always give the same figures). The shaded area on the chart is where the balance stays in 8 of 10 futures.</source>
        <translation>按每个人最近12个月看病的情况，模拟了 %1 种可能的将来（同样的记录每次算出的数字都一样）。图上的阴影部分：10 种将来里有 8 种余额落在这里面。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="414" />
        <location filename="../../desktop/ui/pages/projection_page.py" line="428" />
        <source>likely range</source>
        <translation>大概的范围</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="431" />
        <source>money in %1</source>
        <translation>划入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="432" />
        <source>own use %1</source>
        <translation>自己用 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="433" />
        <source>paid for family %1</source>
        <translation>给家人付 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="434" />
        <source>received %1</source>
        <translation>收到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="460" />
        <source>What-if %1</source>
        <translation>假如 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="497" />
        <source>%v of %m futures</source>
        <translation>已算 %v / %m 种</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="521" />
        <source>Stopped: the likely range was not worked out.</source>
        <translation>已停止：没有算出大概的范围。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="547" />
        <source>Save the chart as a picture</source>
        <translation>把走势图存成图片</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="547" />
        <source>projection.png</source>
        <translation>余额预测.png</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="560" />
        <location filename="../../desktop/ui/pages/projection_page.py" line="578" />
        <source>Could not save %1.</source>
        <translation>无法保存 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="571" />
        <source>Save the projection as a PDF report</source>
        <translation>把预测存成 PDF 报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_page.py" line="572" />
        <source>projection.pdf</source>
        <translation>余额预测.pdf</translation>
    </message>
</context>
<context>
    <name>ProjectionPlanDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="125" />
        <source>Plans for the projection</source>
        <translation>预测用的计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="128" />
        <source>Planned &amp;costs</source>
        <translation>计划的花费(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="129" />
        <source>Monthly &amp;figures</source>
        <translation>每月的数字(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="130" />
        <source>Wallet &amp;transfers</source>
        <translation>钱包转账(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="135" />
        <source>&amp;Save the figures</source>
        <translation>保存这些数字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="136" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="169" />
        <source>Costs you expect, such as an operation the doctor advised or medicine every month. They are added to what each person usually spends.</source>
        <translation>您预计会有的花费，比如医生建议的手术，或者每月要买的药。这些会加在每个人平常的花费上。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="174" />
        <source>Planned costs</source>
        <translation>计划的花费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="177" />
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="305" />
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="178" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="179" />
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="306" />
        <source>Kind of care</source>
        <translation>就医类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="180" />
        <source>Hospital level</source>
        <translation>医院等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="182" />
        <source>Estimated total cost in yuan</source>
        <translation>预计总费用（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="183" />
        <source>Every month</source>
        <translation>每月都有</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="184" />
        <source>Every month until</source>
        <translation>每月一直到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="188" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="189" />
        <source>&amp;Who</source>
        <translation>谁(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="189" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="190" />
        <source>&amp;Kind of care</source>
        <translation>就医类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="190" />
        <source>&amp;Hospital level</source>
        <translation>医院等级(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="191" />
        <source>Estimated &amp;total (¥)</source>
        <translation>预计总费用（元）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="195" />
        <source>&amp;until</source>
        <translation>一直到(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="199" />
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="202" />
        <source>&amp;Add this cost</source>
        <translation>加上这笔花费(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="204" />
        <source>&amp;Remove the chosen cost</source>
        <translation>去掉选中的花费(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="222" />
        <source>Enter the estimated total.</source>
        <translation>请填写预计总费用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="266" />
        <source>Leave a figure empty to work it out from your records: the monthly credit from the latest balance record, the spending from the average of the last 12 months of visits. Type a figure to use yours instead (0 = none).</source>
        <translation>空着不填，就按您的记录算：每月划入按最近一次余额记录，花费按最近12个月看病的平均数。填了数字就按您填的算（0 表示没有）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="284" />
        <source>%1: monthly credit in yuan</source>
        <translation>%1：每月划入（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="285" />
        <source>Monthly credit to the account (¥)</source>
        <translation>每月划入账户（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="295" />
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="335" />
        <source>%1 every month (¥)</source>
        <translation>每月%1（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="308" />
        <source>Monthly spend in yuan</source>
        <translation>每月花费（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="309" />
        <source>Add a &amp;kind of spending</source>
        <translation>加一种花费(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="321" />
        <source>none in the records</source>
        <translation>记录里没有</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="322" />
        <source>from the records: %1</source>
        <translation>按记录：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="351" />
        <source>Money you mean to move from a personal account to a relative's insurance wallet. The projection checks each month's transfers against the wallet rules.</source>
        <translation>您打算从个人账户转到亲人医保钱包的钱。预测会按钱包的规定检查每个月的转账。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="357" />
        <source>Planned wallet transfers</source>
        <translation>计划的钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="360" />
        <source>Planned wallet transfer to remove</source>
        <translation>要去掉的钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="362" />
        <source>From</source>
        <translation>转出人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="363" />
        <source>To</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="367" />
        <source>Amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="369" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="373" />
        <source>Every month from then on</source>
        <translation>从这个月起每月都转</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="374" />
        <source>&amp;From</source>
        <translation>转出人(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="374" />
        <source>&amp;To</source>
        <translation>接收人(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="375" />
        <source>&amp;Amount (¥)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="375" />
        <source>M&amp;onth</source>
        <translation>月份(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="380" />
        <source>Add this &amp;transfer</source>
        <translation>加上这笔转账(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="382" />
        <source>Remo&amp;ve</source>
        <translation>去掉(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="395" />
        <source>%1 → %2's wallet: %3 every month from %4</source>
        <translation>%1 → %2的医保钱包：从%4起每月 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="397" />
        <source>%1 → %2's wallet: %3 in %4</source>
        <translation>%1 → %2的医保钱包：%4 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="403" />
        <source>None planned.</source>
        <translation>还没有计划。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="413" />
        <source>Enter the amount to move.</source>
        <translation>请填写要转的金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="416" />
        <source>Choose two different people.</source>
        <translation>请选两个不同的人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="436" />
        <location filename="../../desktop/ui/dialogs/projection_plan_dialog.py" line="443" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ProjectionReminders</name>
    <message>
        <location filename="../../desktop/ui/pages/projection_reminders.py" line="32" />
        <source>Your insurance wallet is expected to run out in %1.</source>
        <translation>你的医保钱包预计在%1用完。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_reminders.py" line="36" />
        <source>Your account is expected to fall to the %2 that must stay in %1; after that family members cannot use it.</source>
        <translation>你的账户预计在%1降到必须留下的 %2，之后家人就用不了了。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/projection_reminders.py" line="42" />
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
        <source>The payer sets part of the own personal account aside for a relative in the insurance wallet (共济额度). No money moves: the relative's visits draw on it after their own account, the payer cannot spend that part meanwhile, and what is unused goes back to the payer when it ends (F-N11).</source>
        <translation>出钱的人在医保钱包里把自己个人账户的一部分设为给家人的共济额度。钱不转走：家人就医时先用自己的账户，再用这个额度；额度存在期间出钱的人自己不能用这部分；额度结束时没用完的部分退回出钱的人（F-N11）。</translation>
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
        <location filename="../../desktop/ui/models/quotas_model.py" line="34" />
        <source>Ended by itself on %1: %2's insurance %3 (F-N9); %4 went back to %5</source>
        <translation>%1 已自动终止：%2的医保%3（F-N9）；%4 已退回%5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/quotas_model.py" line="38" />
        <source>Ended on %1; %2 went back to %3</source>
        <translation>%1 已取消；%2 已退回%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/quotas_model.py" line="41" />
        <source>Set for a later time</source>
        <translation>设在以后的时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/quotas_model.py" line="43" />
        <source>Standing; ends by itself on %1: %2's insurance %3 (F-N9)</source>
        <translation>有效；%1 自动终止：%2的医保%3（F-N9）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/quotas_model.py" line="45" />
        <source>Standing: %1 cannot spend the %2 left</source>
        <translation>有效：剩下的 %2 %1自己不能用</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../desktop/ui/reasons.py" line="59" />
        <source>(source: %1)</source>
        <translation>（依据 %1）</translation>
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
    <name>ScenarioDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="34" />
        <source>A one-off medical cost (e.g. an operation)</source>
        <translation>一笔看病花费（比如做手术）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="35" />
        <source>Stop a family binding</source>
        <translation>停掉一个共济绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="36" />
        <source>A different monthly medical spend</source>
        <translation>改每月看病花费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="37" />
        <source>A different monthly credit to the account</source>
        <translation>改每月划入账户的钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="38" />
        <source>Move money by insurance wallet</source>
        <translation>用医保钱包转钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="43" />
        <source>%1: %2 at %3, %4 in %5</source>
        <translation>%1：%5在%3%2，%4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="44" />
        <source>Stop %1 from %2</source>
        <translation>从%2起停掉%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="45" />
        <source>%1: %2 %3 a month</source>
        <translation>%1：%2每月 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="46" />
        <source>%1's account gets %2 a month</source>
        <translation>%1的账户每月划入 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="47" />
        <source>%1 sends %2 to %3's wallet in %4</source>
        <translation>%4%1转 %2 到%3的医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="87" />
        <source>%1 paying for %2</source>
        <translation>%1给%2付钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="106" />
        <source>What if…</source>
        <translation>假如……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="108" />
        <source>Try a change without touching your records: add changes one by one, then press “Compare” to see it next to the plan as it is.</source>
        <translation>试一试改动，不会动您的记录：一个一个加上改动，然后按“比一比”，和现在的情况放在一起看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="114" />
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="302" />
        <source>My what-if</source>
        <translation>我的假如</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="115" />
        <source>Name of this what-if</source>
        <translation>这个假如的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="116" />
        <source>What-if &amp;name</source>
        <translation>假如的名字(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="120" />
        <source>Kind of change</source>
        <translation>改什么</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="121" />
        <source>&amp;Change</source>
        <translation>改什么(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="131" />
        <source>&amp;Add this change</source>
        <translation>加上这个改动(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="136" />
        <source>Changes in this what-if:</source>
        <translation>这个假如里的改动：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="138" />
        <source>Changes in this what-if</source>
        <translation>这个假如里的改动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="141" />
        <source>&amp;Remove the chosen change</source>
        <translation>去掉选中的改动(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="148" />
        <source>Co&amp;mpare</source>
        <translation>比一比(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="149" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="187" />
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="204" />
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="188" />
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="220" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="189" />
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="205" />
        <source>Kind of care</source>
        <translation>就医类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="190" />
        <source>Hospital level</source>
        <translation>医院等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="192" />
        <source>Estimated total cost in yuan</source>
        <translation>预计总费用（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="193" />
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="208" />
        <source>&amp;Who</source>
        <translation>谁(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="193" />
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="224" />
        <source>M&amp;onth</source>
        <translation>月份(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="193" />
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="208" />
        <source>&amp;Kind of care</source>
        <translation>就医类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="194" />
        <source>&amp;Hospital level</source>
        <translation>医院等级(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="194" />
        <source>Estimated &amp;total (¥)</source>
        <translation>预计总费用（元）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="199" />
        <source>Binding</source>
        <translation>共济绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="201" />
        <source>From month</source>
        <translation>从哪个月起</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="202" />
        <source>&amp;Binding</source>
        <translation>共济绑定(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="202" />
        <source>&amp;From month</source>
        <translation>从哪个月起(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="207" />
        <source>Monthly spend in yuan</source>
        <translation>每月花费（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="209" />
        <source>Every &amp;month (¥, 0 = none)</source>
        <translation>每月花费（元，0 表示不花）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="211" />
        <source>Whose account</source>
        <translation>谁的账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="213" />
        <source>Monthly credit in yuan</source>
        <translation>每月划入（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="214" />
        <source>&amp;Whose account</source>
        <translation>谁的账户(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="214" />
        <source>Credit every &amp;month (¥)</source>
        <translation>每月划入（元）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="216" />
        <source>From</source>
        <translation>转出人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="217" />
        <source>To</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="222" />
        <source>Amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="223" />
        <source>Every month from then on</source>
        <translation>从这个月起每月都转</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="224" />
        <source>&amp;From</source>
        <translation>转出人(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="224" />
        <source>&amp;To</source>
        <translation>接收人(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="225" />
        <source>&amp;Amount (¥)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="246" />
        <source>Enter an amount.</source>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="251" />
        <source>Enter the estimated total.</source>
        <translation>请填写预计总费用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="258" />
        <source>There is no binding in force to stop.</source>
        <translation>现在没有正在生效的共济绑定可以停。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="269" />
        <source>Choose two different people.</source>
        <translation>请选两个不同的人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="272" />
        <source>Enter the amount to move.</source>
        <translation>请填写要转的金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/scenario_dialog.py" line="307" />
        <source>Add at least one change first.</source>
        <translation>请先至少加一个改动。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="74" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="86" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="88" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="91" />
        <location filename="../../desktop/ui/pages/settings_page.py" line="93" />
        <source>Large text and high contrast</source>
        <translation>大字和高对比度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="115" />
        <source>&amp;Open the folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="122" />
        <location filename="../../desktop/ui/pages/settings_page.py" line="130" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="124" />
        <source>A backup is made every day the book is opened, and before every upgrade, import and restore. The newest ten are kept.</source>
        <translation>每天打开账本时会自动备份，升级、导入和恢复之前也会先备份。只保留最近的十份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="134" />
        <source>&amp;Back up now</source>
        <translation>马上备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="135" />
        <source>&amp;Restore the chosen backup…</source>
        <translation>恢复选中的备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="143" />
        <source>The whole book as a file</source>
        <translation>把整本账存成文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="145" />
        <source>Export writes everything, ID numbers included, to one file: keep it somewhere safe. Import checks the whole file first and takes all of it or nothing.</source>
        <translation>导出会把所有内容（包括身份证号码）写进一个文件，请妥善保管。导入时先检查整个文件，要么全部导入，要么一点也不导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="151" />
        <source>&amp;Export the book…</source>
        <translation>导出账本(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="152" />
        <source>&amp;Import a book…</source>
        <translation>导入账本(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="207" />
        <source>The folder could not be opened; its path is shown above.</source>
        <translation>打不开这个文件夹；它的位置写在上面。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="215" />
        <source>The backup could not be made: %1</source>
        <translation>备份没有做成：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="219" />
        <source>Backup made: %1</source>
        <translation>已备份：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="230" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="231" />
        <source>Put the backup of %1 (%2) in place of the book? Everything recorded after it will no longer show. The book as it is now is backed up first.</source>
        <translation>要用 %1 的备份（%2）替换现在的账本吗？这之后记的内容将不再显示。替换前会先把现在的账本备份一份。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="239" />
        <location filename="../../desktop/ui/pages/settings_page.py" line="242" />
        <source>Nothing was restored: %1</source>
        <translation>没有恢复：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="245" />
        <source>Restored the backup of %1. The book as it was is kept as %2.</source>
        <translation>已恢复 %1 的备份。原来的账本另存为 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="262" />
        <source>Export the whole book</source>
        <translation>导出整本账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="270" />
        <source>The file could not be written: %1</source>
        <translation>文件写不进去：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="273" />
        <source>Saved the whole book to %1: %2 members, %3 visits.</source>
        <translation>整本账已保存到 %1：%2 位成员，%3 条就医记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="282" />
        <location filename="../../desktop/ui/pages/settings_page.py" line="307" />
        <source>Import a whole book</source>
        <translation>导入整本账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="286" />
        <source>Replace the whole book</source>
        <translation>替换整本账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="287" />
        <source>Importing replaces everything now in the book with the contents of %1. A backup is made first. Go on?</source>
        <translation>导入会用 %1 的内容替换账本里现有的全部内容。导入前会先备份。要继续吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="295" />
        <source>Nothing was imported: the file has %1 problem(s).</source>
        <translation>什么都没有导入：文件里有 %1 处问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="300" />
        <source>Nothing was imported: %1</source>
        <translation>没有导入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="308" />
        <source>Importing %1 and counting every visit… The figures shown are the old ones until this is done.</source>
        <translation>正在导入 %1 并重新计算每一条就诊记录…… 完成之前，页面上显示的还是原来的数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="320" />
        <source>Imported %1: %2 members, %3 visits. A backup was made first: %4.</source>
        <translation>已导入 %1：%2 位成员，%3 条就医记录。导入前的备份：%4。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="79" />
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="106" />
        <location filename="../../desktop/ui/pages/settings_page.py" line="112" />
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
        <source>Wallet transfers (money moves, F-W6)</source>
        <translation>钱包转账（钱转过去，F-W6）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing_model_box.py" line="18" />
        <source>Family quota (共济额度, F-N11)</source>
        <translation>共济额度（钱不转走，F-N11）</translation>
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
        <location filename="../../desktop/ui/pages/sharing_model_box.py" line="61" />
        <source>This is what the rules in force say %1.</source>
        <translation>这是当时政策的规定%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing_model_box.py" line="62" />
        <source>(no rule names a quota; transfers are the default)</source>
        <translation>（政策没有提到额度，默认按转账）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sharing_model_box.py" line="65" />
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
        <location filename="../../desktop/ui/print/sheets.py" line="73" />
        <source>Rules: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="74" />
        <source>Region rules of %1, %2</source>
        <translation>%1的规定（%2年）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="75" />
        <source>Printed %1 by FamilyPool</source>
        <translation>%1 由家庭共济助手打印</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="83" />
        <source>Family sharing: %1's account pays for %2</source>
        <translation>家庭共济：%1的账户给%2用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="84" />
        <source>Wallet transfer from %1 to %2</source>
        <translation>医保钱包转账：%1转给%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="85" />
        <source>%1 pays %2's resident insurance premium</source>
        <translation>%1替%2交居民医保费</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="86" />
        <source>Open the insurance wallet of %1</source>
        <translation>开通%1的医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="87" />
        <source>Look up the visit records of %1</source>
        <translation>查%1的看病记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="109" />
        <source>The ID card and insurance card of %1 and of %2</source>
        <translation>%1和%2的身份证、医保卡</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="112" />
        <source>Authorization from %1 to %2</source>
        <translation>授权时间：%1 到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="115" />
        <source>Authorized amount: %1</source>
        <translation>授权额度：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="117" />
        <source>Have ready</source>
        <translation>提前准备好</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="132" />
        <source>Amount to send: %1</source>
        <translation>要转的钱：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="133" />
        <source>Before sending money</source>
        <translation>转钱之前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="140" />
        <source>%1 — done by %2</source>
        <translation>%1——由%2办理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="155" />
        <source>After submitting, wait until the review has passed; only then can the money be used.</source>
        <translation>提交以后要等审核通过，通过了才能用这笔钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="159" />
        <source>%1 must agree to let %2 use the balance.</source>
        <translation>%1本人要同意让%2用自己账户里的钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="162" />
        <source>Good to know</source>
        <translation>请注意</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="176" />
        <source>At most %1 transfers a day, each at most %2; none between %3 and %4 (Beijing time); money not received goes back at %5 the next day (%6).</source>
        <translation>每天最多转 %1 笔，每笔不超过 %2；北京时间 %3 到 %4 不能转；对方没接收的钱第二天 %5 退回（%6）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="207" />
        <source>At the cashier</source>
        <translation>在收费处</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="212" />
        <source>The general rule (%1)</source>
        <translation>全国通用的做法（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="226" />
        <source>%1's own personal account</source>
        <translation>%1自己的个人账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="228" />
        <source>The family quota from %1 (in the insurance wallet)</source>
        <translation>%1给的共济额度（在医保钱包里）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="229" />
        <source>%1 left of it</source>
        <translation>还剩 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="234" />
        <source>%1's insurance wallet</source>
        <translation>%1的医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="242" />
        <source>Whatever is left: cash or bank card</source>
        <translation>剩下的：现金或银行卡</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="245" />
        <source>Who pays, in this order</source>
        <translation>按这个顺序付钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="246" />
        <source>Payment card: %1</source>
        <translation>看病付款卡：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="247" />
        <source>Insured in %1</source>
        <translation>参保地：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="260" />
        <source>%1's personal account (family sharing)</source>
        <translation>%1的个人账户（家庭共济）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="263" />
        <source>waiting for review, cannot pay yet</source>
        <translation>正在等审核，还不能付钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="265" />
        <source>until %1</source>
        <translation>到 %1 为止</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="267" />
        <source>%1 left of the authorized amount</source>
        <translation>授权额度还剩 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print/sheets.py" line="270" />
        <source>only money above %1 in the account can be used (%2)</source>
        <translation>账户里只有超过 %1 的部分能用（%2）</translation>
    </message>
</context>
<context>
    <name>StaleDaysBox</name>
    <message>
        <location filename="../../desktop/ui/pages/stale_days_box.py" line="20" />
        <source>Old balances</source>
        <translation>旧的余额</translation>
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
        <location filename="../../desktop/ui/pages/family_models.py" line="107" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="108" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="109" />
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="110" />
        <source>Monthly credit</source>
        <translation>每月划入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="111" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="114" />
        <source>Personal account</source>
        <translation>个人账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/family_models.py" line="115" />
        <source>Insurance wallet</source>
        <translation>医保钱包</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="21" />
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="28" />
        <source>Who does it: %1 · %2</source>
        <translation>谁来办：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="35" />
        <source>&amp;Done: I have done this step</source>
        <translation>这一步做完了(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="36" />
        <source>Done: I have done this step</source>
        <translation>这一步做完了</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="48" />
        <source>All steps</source>
        <translation>全部步骤</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="51" />
        <source>Rule: %1 · Your progress is saved: you can close the guide and come back to this step later.</source>
        <translation>依据：%1 · 进度已保存：可以先关掉，下次回到这一步接着办。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="43" />
        <source>When you tick this, the guide records that %1's wallet is open.</source>
        <translation>勾选后，向导会记下%1的医保钱包已开通。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="64" />
        <source>Amount to send: %1 to %2.</source>
        <translation>要转给%2：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="67" />
        <source>Checked: %1 accepts the wallet.</source>
        <translation>已确认：%1能用医保钱包。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="70" />
        <source>Fill in: from %1 to %2, amount %3.</source>
        <translation>要填写：从 %1 到 %2，额度 %3。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="72" />
        <source>Fill in: from %1 to %2.</source>
        <translation>要填写：从 %1 到 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/step_page.py" line="81" />
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
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="56" />
        <source>New wallet transfer</source>
        <translation>新的钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="58" />
        <source>Money moves from the sender's personal account to the relative's insurance wallet. The relative must accept it in the app before the time shown, or it goes back.</source>
        <translation>钱从转出人的个人账户转到家人的医保钱包。家人要在显示的时间之前在手机上点接收，否则钱会退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="72" />
        <source>&amp;From</source>
        <translation>转出人(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="72" />
        <source>Who sends</source>
        <translation>谁转出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="73" />
        <source>&amp;To</source>
        <translation>接收人(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="73" />
        <source>Who receives</source>
        <translation>谁接收</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="74" />
        <source>&amp;Amount (¥)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="74" />
        <source>Amount in yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="75" />
        <source>&amp;When (China time)</source>
        <translation>转账时间（北京时间）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="75" />
        <source>Time of the transfer, China time</source>
        <translation>转账时间，北京时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="76" />
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="76" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="85" />
        <source>Result of the check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="93" />
        <source>&amp;Record the transfer</source>
        <translation>记下这笔转账(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="94" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="120" />
        <source>Add the family members first.</source>
        <translation>请先添加家庭成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="126" />
        <source>Cannot check yet:</source>
        <translation>还不能检查：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="134" />
        <source>This transfer is allowed.</source>
        <translation>这笔转账可以转。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="136" />
        <source>Not allowed as it stands:</source>
        <translation>现在这样不能转：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="141" />
        <source>The rules for wallet transfers:</source>
        <translation>钱包转账的规定：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/transfer_dialog.py" line="160" />
        <source>Not saved:</source>
        <translation>没有保存：</translation>
    </message>
</context>
<context>
    <name>TransferResultPage</name>
    <message>
        <location filename="../../desktop/ui/guide/transfer_result_page.py" line="22" />
        <source>What happened?</source>
        <translation>转账结果怎么样？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/transfer_result_page.py" line="31" />
        <source>&amp;Amount sent (yuan)</source>
        <translation>转了多少钱（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/transfer_result_page.py" line="31" />
        <source>&amp;Sent at (Beijing time)</source>
        <translation>转账时间（北京时间）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/transfer_result_page.py" line="50" />
        <source>This transfer is recorded (no. %1).</source>
        <translation>这笔转账已记下（第 %1 号）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/transfer_result_page.py" line="51" />
        <source>Enter the transfer as the app showed it after you submitted. It is recorded in the family book.</source>
        <translation>请照着APP提交后显示的内容填写，会记到家庭账本里。</translation>
    </message>
</context>
<context>
    <name>TransfersModel</name>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="14" />
        <source>Sent (China time)</source>
        <translation>转出时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="15" />
        <source>From</source>
        <translation>转出人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="16" />
        <source>To</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="17" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="18" />
        <source>What happened</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="19" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="30" />
        <source>✓ Received %1</source>
        <translation>✓ 已在 %1 接收</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="32" />
        <source>↩ Went back to %1 at %2</source>
        <translation>↩ 已在 %2 退回给%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/transfers_model.py" line="34" />
        <source>… Waiting: goes back at %1 if not received</source>
        <translation>… 等待接收：到 %1 还没接收就退回</translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message>
        <location filename="../../desktop/ui/guide/verdict_view.py" line="94" />
        <source>Let %1 do it</source>
        <translation>改由%1办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/verdict_view.py" line="96" />
        <source>End that binding…</source>
        <translation>终止那条绑定…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/verdict_view.py" line="97" />
        <source>Start after it ends</source>
        <translation>等它结束后再开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/verdict_view.py" line="98" />
        <source>Use a wallet transfer</source>
        <translation>改用医保钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/verdict_view.py" line="99" />
        <source>Bind instead</source>
        <translation>改办共济绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/verdict_view.py" line="100" />
        <source>Show bindings</source>
        <translation>查看共济绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/verdict_view.py" line="101" />
        <source>Open Family page</source>
        <translation>打开“家庭成员”页</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="53" />
        <source>Edit visit</source>
        <translation>修改就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="53" />
        <source>Add a visit</source>
        <translation>添加就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="64" />
        <source>At a time of day</source>
        <translation>具体时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="73" />
        <source>Choose the level…</source>
        <translation>请选择医院等级…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="76" />
        <source>e.g. the city hospital</source>
        <translation>例如：市人民医院</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="79" />
        <source>from the receipt, if you have it</source>
        <translation>有收费单的话，照单上填写</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="80" />
        <source>This place takes the insurance wallet</source>
        <translation>这家医院或药店能用医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="84" />
        <source>&amp;Person</source>
        <translation>看病的人(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="84" />
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="85" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="85" />
        <source>Date of the visit</source>
        <translation>看病日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="86" />
        <source>Ti&amp;me</source>
        <translation>时间(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="86" />
        <source>Time of the visit</source>
        <translation>就诊时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="87" />
        <source>&amp;Care</source>
        <translation>就医类型(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="87" />
        <source>Kind of care</source>
        <translation>就医类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="88" />
        <source>&amp;Usual places</source>
        <translation>常去的地方(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="88" />
        <source>Usual places</source>
        <translation>常去的地方</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="89" />
        <source>Hospital &amp;level</source>
        <translation>医院等级(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="89" />
        <source>Hospital level</source>
        <translation>医院等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="90" />
        <source>Hospital or &amp;pharmacy</source>
        <translation>医院或药店(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="90" />
        <source>Hospital or pharmacy</source>
        <translation>医院或药店</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="91" />
        <source>&amp;Total cost (¥)</source>
        <translation>总费用（元）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="91" />
        <source>Total cost in yuan</source>
        <translation>总费用（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="92" />
        <source>&amp;Fund paid (¥, receipt)</source>
        <translation>统筹实际支付（元，看收费单）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="92" />
        <source>Fund share from the receipt, in yuan</source>
        <translation>收费单上的统筹支付，元</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="103" />
        <source>No fund share</source>
        <translation>统筹不支付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="112" />
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="183" />
        <source>Choose one…</source>
        <translation>选一个…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="240" />
        <source>Choose the hospital level (it is on the receipt or the hospital's sign) to see what the fund pays. A usual place fills it in for you.</source>
        <translation>请先选医院等级（看收费单据或医院门牌），才能算出统筹付多少。选“常去的地方”可以自动填上。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="331" />
        <source>The fund pays at most %1 (the deductible is not known); at least %2 is left for the family to pay.</source>
        <translation>统筹最多支付 %1（起付线不知道）；家里至少要付 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="414" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="111" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="117" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="118" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="130" />
        <source>Who pays</source>
        <translation>谁来付钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="232" />
        <source>Add a family member first.</source>
        <translation>请先添加家庭成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="237" />
        <source>Choose the hospital level (it is on the receipt or the hospital's sign) to see what the fund pays.</source>
        <translation>请先选医院等级（看收费单据或医院门牌），才能算出统筹付多少。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="247" />
        <source>Type the total cost to see what the fund pays and who pays the rest.</source>
        <translation>填写总费用，就能看到统筹付多少、剩下的谁来付。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="258" />
        <source>This cannot be saved:</source>
        <translation>这样不能保存：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="287" />
        <source>%1 has no basic medical insurance in the book, so the fund pays nothing (¥0) for this visit.</source>
        <translation>账本里%1没有参加基本医疗保险，这次统筹基金不支付（¥0）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="290" />
        <source>The fund's share is counted as ¥0 until %1's birth date is entered on the Family page.</source>
        <translation>在“家庭成员”页填上%1的出生日期之前，统筹支付先按 ¥0 计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="293" />
        <source>The fund pays nothing (¥0) for “%1” at “%2”: no reimbursement rule covers it, so the whole cost is paid from the accounts or in cash. If this was a hospital or a clinic, choose its level.</source>
        <translation>“%1”在“%2”统筹基金不支付（¥0）：没有适用的报销规定，全部费用从账户或现金支付。如果是在医院或诊所看病，请选它的等级。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="297" />
        <source>The fund pays nothing (¥0) for “%1” at “%2”: no reimbursement rule covers it, so the whole cost is paid from the accounts or in cash.</source>
        <translation>“%1”在“%2”统筹基金不支付（¥0）：没有适用的报销规定，全部费用从账户或现金支付。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="305" />
        <source>⚠ The fund pays nothing (¥0): see why on the right.</source>
        <translation>⚠ 统筹不支付（¥0），原因见右边。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="321" />
        <source>1. What the fund pays</source>
        <translation>一、统筹基金付多少</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="322" />
        <source>2. Who pays the rest</source>
        <translation>二、剩下的谁来付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="327" />
        <source>You typed the fund’s share from the receipt: %1 (the estimate was %2).</source>
        <translation>您照收费单填了统筹支付：%1（估算是 %2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="334" />
        <source>The fund pays %1; %2 is left for the family to pay.</source>
        <translation>统筹付 %1，剩下 %2 要家里付。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="339" />
        <source>Nothing is left to pay.</source>
        <translation>没有剩下要付的钱。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="351" />
        <source>Not used this time:</source>
        <translation>这次没用上的：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="360" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_dialog.py" line="396" />
        <source>Not saved:</source>
        <translation>没有保存：</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="22" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="23" />
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="24" />
        <source>Care</source>
        <translation>就医类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="25" />
        <source>Where</source>
        <translation>在哪里看病</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="26" />
        <source>Total</source>
        <translation>总费用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="27" />
        <source>Fund pays</source>
        <translation>统筹支付</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="28" />
        <source>Own account</source>
        <translation>本人个人账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="29" />
        <source>Wallet</source>
        <translation>医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="30" />
        <source>Family accounts</source>
        <translation>家人账户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="31" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/visits_model.py" line="138" />
        <source> (receipt)</source>
        <translation>（收费单）</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="40" />
        <source>Import visits</source>
        <translation>导入就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="41" />
        <source>CSV files (*.csv *.txt)</source>
        <translation>表格文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="47" />
        <source>Export visits</source>
        <translation>导出就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="48" />
        <source>CSV files (*.csv)</source>
        <translation>表格文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="60" />
        <location filename="../../desktop/ui/pages/visits_page.py" line="101" />
        <source>Visits</source>
        <translation>就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="68" />
        <source>P&amp;erson</source>
        <translation>看病的人(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="68" />
        <source>Show visits of</source>
        <translation>显示谁的就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="69" />
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="69" />
        <source>Show the year</source>
        <translation>显示哪一年</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="70" />
        <source>&amp;Kind of care</source>
        <translation>就医类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="70" />
        <source>Show the kind of care</source>
        <translation>显示哪种就医类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="83" />
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="86" />
        <source> (updating…)</source>
        <translation>（正在更新…）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="108" />
        <source>Who paid for the chosen visit</source>
        <translation>选中的这次看病谁付了钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="114" />
        <source>&amp;Add visit…</source>
        <translation>添加就医记录(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="114" />
        <source>Record a new visit (Ctrl+N)</source>
        <translation>记下一次看病（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="115" />
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="115" />
        <source>Change the chosen visit</source>
        <translation>修改选中的就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="116" />
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="116" />
        <source>Delete the chosen visit</source>
        <translation>删除选中的就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="117" />
        <source>&amp;Import CSV…</source>
        <translation>导入表格(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="118" />
        <source>Read visits from a spreadsheet file</source>
        <translation>从表格文件读入就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="119" />
        <source>E&amp;xport CSV…</source>
        <translation>导出表格(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="120" />
        <source>Write the visits shown to a spreadsheet file</source>
        <translation>把显示的就医记录存成表格文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="143" />
        <source>Everyone</source>
        <translation>全家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="144" />
        <source>All years</source>
        <translation>所有年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="145" />
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="209" />
        <source>The totals could not be worked out: %1</source>
        <translation>合计算不出来：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="221" />
        <source>No visits shown. Press “Add visit” to record one.</source>
        <translation>这里没有就医记录。点“添加就医记录”记下一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="222" />
        <source>Visits shown: %1, total %2. The fund paid %3. The rest: own accounts %4, wallets %5, family accounts %6, cash %7.</source>
        <translation>共 %1 次看病，总费用 %2。统筹付了 %3。其余：本人账户 %4，医保钱包 %5，家人账户 %6，现金 %7。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="259" />
        <source>%1, %2: %3 at %4. Total %5; the fund paid %6.</source>
        <translation>%1，%2：%3，%4。总费用 %5，统筹付了 %6。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="264" />
        <source>(from the receipt; the estimate was %1)</source>
        <translation>（照收费单；估算是 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="269" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="308" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="311" />
        <location filename="../../desktop/ui/pages/visits_page.py" line="334" />
        <source>%1 later visits were counted again because of it.</source>
        <translation>因此重新计算了后面的 %1 次看病。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="318" />
        <source>Delete the visit of %1 on %2 (%3)? Who paid for later visits is counted again.</source>
        <translation>删除%1在 %2 的这次看病（%3）吗？后面几次看病谁付钱会重新计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="320" />
        <source>Delete this visit?</source>
        <translation>删除这次就医记录吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="331" />
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="348" />
        <source>Imported %1 visits.</source>
        <translation>导入了 %1 条就医记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="354" />
        <source>visits</source>
        <translation>就医记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="361" />
        <source>Could not write the file: %1</source>
        <translation>文件没能写入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits_page.py" line="363" />
        <source>Wrote %1 visits to %2.</source>
        <translation>已把 %1 条就医记录写到 %2。</translation>
    </message>
</context>
<context>
    <name>WalletCheckPage</name>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="26" />
        <source>Before sending money</source>
        <translation>转钱之前</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="43" />
        <source>&amp;Hospital or pharmacy (optional)</source>
        <translation>医院或药店名称（可不填）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="44" />
        <source>&amp;Amount to send (yuan)</source>
        <translation>要转多少钱（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="45" />
        <source>&amp;When (Beijing time)</source>
        <translation>什么时候转（北京时间）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="64" />
        <source>&amp;I have checked that the hospital or pharmacy %1 will use accepts the insurance wallet</source>
        <translation>我已经问清楚：%1要去的医院或药店能用医保钱包(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="67" />
        <source>Some hospitals and pharmacies cannot take wallet money yet; then it can only be used elsewhere (F-W7).</source>
        <translation>有些医院和药店还不能用医保钱包付钱，这样的话钱只能到别处用（F-W7）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="85" />
        <source>Enter the amount.</source>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="94" />
        <source>The amount and time are within the limits.</source>
        <translation>金额和时间都符合规定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="95" />
        <source>If %1 has not received it by %2, it goes back to %3.</source>
        <translation>如果%1在 %2 前没有接收，钱会退回给%3。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="100" />
        <source>Tick the hospital check above to go on.</source>
        <translation>请先勾选上面“已经问清楚医院能用钱包”，才能往下走。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/guide/wallet_check_page.py" line="102" />
        <source>Not like this:</source>
        <translation>这样不行：</translation>
    </message>
</context>
<context>
    <name>WalletPage</name>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="43" />
        <source>Insurance wallet</source>
        <translation>医保钱包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="44" />
        <source>Family money through the insurance wallet: a family quota set aside for a relative (no money moves), or transfers from a personal account to a relative's wallet. Each region limits transfers — how many a day, how much each, none at night (China time) — and one not received in time goes back.</source>
        <translation>通过医保钱包给家人用钱：给家人设共济额度（钱不转走），或从个人账户转钱到家人的医保钱包。各地对转账有规定：一天最多几笔、每笔最多多少、夜里不能转（北京时间），对方没有按时接收，钱会退回。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="50" />
        <source>Show transfers of</source>
        <translation>显示谁的转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="50" />
        <source>Show &amp;for</source>
        <translation>显示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="52" />
        <source>Family quotas (共济额度)</source>
        <translation>共济额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="56" />
        <source>Family quotas</source>
        <translation>共济额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="60" />
        <source>No quotas yet. Press “Set a quota” to record one.</source>
        <translation>还没有共济额度。点“设共济额度”记下一条。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="65" />
        <source>About the chosen quota</source>
        <translation>选中的共济额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="68" />
        <source>Set a &amp;quota…</source>
        <translation>设共济额度(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="69" />
        <source>Record a family quota set in the wallet</source>
        <translation>记下在医保钱包里设的共济额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="70" />
        <source>&amp;End the quota…</source>
        <translation>取消额度(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="71" />
        <source>The payer ended it: what is unused is theirs again</source>
        <translation>出钱的人取消了：没用完的部分回到自己手里</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="72" />
        <source>Delete the quo&amp;ta…</source>
        <translation>删除额度(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="73" />
        <source>Delete a quota entered by mistake</source>
        <translation>删除记错的额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="78" />
        <location filename="../../desktop/ui/pages/wallet_page.py" line="83" />
        <source>Wallet transfers</source>
        <translation>钱包转账</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="86" />
        <source>No transfers yet. Press “New transfer” to check and record one.</source>
        <translation>还没有转账。点“新的转账”检查并记下一笔。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="91" />
        <source>About the chosen transfer</source>
        <translation>选中的转账说明</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="96" />
        <source>&amp;New transfer…</source>
        <translation>新的转账(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="97" />
        <source>Check and record a transfer (Ctrl+N)</source>
        <translation>检查并记下一笔转账（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="98" />
        <source>&amp;Received…</source>
        <translation>已接收(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="99" />
        <source>The relative accepted the money</source>
        <translation>家人已经接收了这笔钱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="100" />
        <source>Went &amp;back</source>
        <translation>已退回(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="101" />
        <source>It was not accepted in time and went back</source>
        <translation>没有按时接收，钱已退回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="102" />
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="102" />
        <source>Delete a mistaken entry</source>
        <translation>删除记错的一条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="103" />
        <source>&amp;Plan a larger amount…</source>
        <translation>安排一笔大额转账(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="104" />
        <source>Split an amount into transfers the rules allow</source>
        <translation>按规定把一笔钱分成几次转</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="120" />
        <source>Everyone</source>
        <translation>全家</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="155" />
        <source>%1 set %2 for %3 on %4; used %5, left %6.</source>
        <translation>%1在 %4 给%3设了 %2 的额度；用了 %5，还剩 %6。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="186" />
        <source>%1 to %2, %3, sent %4.</source>
        <translation>%1转给%2 %3，%4 转出。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="219" />
        <source>When did %1 accept the %2 from %3? It must be before %4.</source>
        <translation>%1是什么时候接收%3转来的 %2 的？必须在 %4 之前。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="222" />
        <source>Transfer received</source>
        <translation>转账已接收</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="222" />
        <source>&amp;Received at (China time)</source>
        <translation>接收时间（北京时间）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="223" />
        <source>&amp;Mark received</source>
        <translation>标记为已接收(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="243" />
        <source>%1 did not accept it: the %2 goes back to %3 at %4. Record that?</source>
        <translation>%1没有接收：这 %2 在 %4 退回给%3。要记下来吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="245" />
        <source>Went back?</source>
        <translation>已退回？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="262" />
        <source>Delete the transfer of %1 from %2 to %3 on %4? Only do this for an entry made by mistake.</source>
        <translation>删除 %4 %2转给%3的 %1 吗？只有记错了才删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="265" />
        <source>Delete this transfer?</source>
        <translation>删除这笔转账吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="297" />
        <source>When did %1 end the quota for %2? What is left of it (%3 now) becomes %1's to spend again.</source>
        <translation>%1什么时候取消了给%2的额度？剩下的部分（现在 %3）又归%1自己用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="299" />
        <source>End the quota</source>
        <translation>取消额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="299" />
        <source>&amp;Ended at (China time)</source>
        <translation>取消时间（北京时间）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="300" />
        <source>&amp;End the quota</source>
        <translation>取消额度(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="320" />
        <source>Delete the quota of %1 that %2 set for %3 on %4? Visits it paid (%5) are counted again without it. Only do this for an entry made by mistake; a quota the family stopped is ended, not deleted.</source>
        <translation>删除%2在 %4 给%3设的 %1 额度吗？它付过的就医（%5）会不算它重新计算。只在记错时删除；家里不再用的额度请点“取消额度”，不要删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/wallet_page.py" line="324" />
        <source>Delete this quota?</source>
        <translation>删除这个额度？</translation>
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
        <location filename="../../desktop/ui/write_failure.py" line="41" />
        <source>Nothing was saved</source>
        <translation>没有保存</translation>
    </message>
</context>
</TS>