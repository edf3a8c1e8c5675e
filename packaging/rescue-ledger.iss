; Inno Setup script of the Windows installer, built by packaging/build.py after PyInstaller:
;   ISCC /DAppVersion=<version> /DSourceDir=<dist\rescue-ledger> /DOutputDir=<dist> rescue-ledger.iss
; A per-user install (no administrator rights) into %LOCALAPPDATA%\Programs\RescueLedger, with
; Start-menu and desktop shortcuts for the program and its demo. The data folder
; (%LOCALAPPDATA%\RescueLedger: the database and its backups) is the program's, not the
; installer's: updating or uninstalling never touches it.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (packaging/build.py reads it from the package metadata)
#endif
#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\dist\rescue-ledger"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\dist"
#endif

; Simplified Chinese messages: Inno Setup 7.1 and later ship them; for older compilers the
; (unofficial) translation is put beside this script (the Windows workflow downloads it).
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseMessages AddBackslash(SourcePath) + "ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found: put Inno Setup's Simplified Chinese translation beside rescue-ledger.iss
#endif

[Setup]
AppId={{6B2E7A51-3C1D-4F0B-9E8A-5D7C2B14A9E3}
AppName=救援台账
AppVersion={#AppVersion}
AppVerName=救援台账 {#AppVersion}
AppPublisher=救援台账
DefaultDirName={localappdata}\Programs\RescueLedger
DefaultGroupName=救援台账
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir={#OutputDir}
OutputBaseFilename=rescue-ledger-{#AppVersion}-setup
SetupIconFile=rescue-ledger.ico
UninstallDisplayIcon={app}\rescue-ledger.exe
UninstallDisplayName=救援台账
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An update closes a running program first, so its files can be replaced.
CloseApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole onedir folder. An update first removes the old program's files (below), so no
; file of an older version is left behind; the data folder is elsewhere and stays.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\救援台账"; Filename: "{app}\rescue-ledger.exe"
Name: "{group}\救援台账（演示）"; Filename: "{app}\rescue-ledger.exe"; Parameters: "--demo"
Name: "{group}\卸载救援台账"; Filename: "{uninstallexe}"
Name: "{autodesktop}\救援台账"; Filename: "{app}\rescue-ledger.exe"; Tasks: desktopicon
Name: "{autodesktop}\救援台账（演示）"; Filename: "{app}\rescue-ledger.exe"; Parameters: "--demo"; Tasks: desktopicon

[Run]
Filename: "{app}\rescue-ledger.exe"; Description: "{cm:LaunchProgram,救援台账}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program's own folder; the data folder %LOCALAPPDATA%\RescueLedger is kept.
Type: filesandordirs; Name: "{app}\_internal"
