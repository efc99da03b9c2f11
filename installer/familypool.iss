; Inno Setup 6 script: wraps the Windows onedir build (dist\familypool\) in a setup program with Chinese
; (Simplified) and English setup languages. Not built on the Linux CI; see README, "Building the installer".
;
;   pyinstaller --noconfirm build.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\familypool.iss
;
; The version is read from dist\familypool\familypool.exe (build.spec writes pyproject's version into it);
; /DAppVersion=X.Y.Z on the ISCC command line overrides it. Output: dist\familypool-VERSION-windows-setup.exe.
; This file is UTF-8 with a byte-order mark, which Inno Setup needs for the Chinese text.

#define AppExe "familypool.exe"
#define BuildDir "..\dist\familypool"
#ifndef AppVersion
  #define AppVersion GetVersionNumbersString(AddBackslash(SourcePath) + BuildDir + "\" + AppExe)
#endif
#if AppVersion == ""
  #error dist\familypool\familypool.exe is missing: run "pyinstaller --noconfirm build.spec" first
#endif

[Setup]
; AppId identifies the program for upgrades and uninstall: never change it.
AppId={{5B0F6C2E-8F4A-4C55-9B57-2A6E0C1D7F31}
AppName=家庭共济助手 FamilyPool
AppVersion={#AppVersion}
AppVerName=家庭共济助手 FamilyPool {#AppVersion}
AppPublisher=FamilyPool
DefaultDirName={autopf}\FamilyPool
DefaultGroupName=家庭共济助手
DisableProgramGroupPage=yes
; Installs for all users (needs administrator rights) or, if the user chooses, for this user only.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=familypool-{#AppVersion}-windows-setup
SetupIconFile=familypool.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=家庭共济助手 FamilyPool
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
; ChineseSimplified.isl ships with recent Inno Setup 6 releases; with an older one, copy it from the
; Inno Setup translations page into the compiler's Languages folder (README says so too).
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppShortName=家庭共济助手
english.AppShortName=FamilyPool
chinesesimplified.AppComment=规划和记录医保个人账户家庭共济
english.AppComment=Plan and track shared medical-insurance personal accounts
chinesesimplified.DataKept=您的家庭账本保存在 %APPDATA%\FamilyPool，卸载程序不会删除它。
english.DataKept=Your family book stays in %APPDATA%\FamilyPool; uninstalling does not delete it.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version replaces the whole bundle: leave no modules of the old one behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{cm:AppShortName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{cm:AppShortName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppShortName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(ExpandConstant('{cm:DataKept}'), mbInformation, MB_OK);
end;
