<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="30" />
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
        <location filename="../../desktop/ui/main_window.py" line="72" />
        <source>FamilyPool</source>
        <translation>家庭共济助手</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="84" />
        <location filename="../../desktop/ui/main_window.py" line="90" />
        <source>Opening the family book…</source>
        <translation>正在打开家庭账本…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="158" />
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="26" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="35" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="37" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="38" />
        <source>Large text and high contrast</source>
        <translation>大字和高对比度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="41" />
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/settings_page.py" line="44" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
</context>
</TS>