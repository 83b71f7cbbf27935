; Inno Setup 6 script: the Windows installer of Relationship Lifeline, from the PyInstaller bundle.
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\lifeline /DOutputDir=..\..\dist packaging\windows\lifeline.iss
;
; gives dist\Lifeline-Setup-<version>.exe. The workflow (.github/workflows/build.yml) builds the bundle first
; (packaging/lifeline.spec), signs lifeline.exe when a certificate is configured, runs this, then signs the installer.
;
; Installs for all users (Program Files) by default, or for the current user only if they choose so in the first
; dialog. The optional task "sharedvault" (all-users installs only) makes a folder under ProgramData that every user
; of this computer may write to, for a couple with two Windows accounts (DESIGN.md section 3); either partner picks it
; as the vault folder when setting up. Uninstalling never removes a vault: the data belongs to the couple.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\lifeline"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; AppId identifies the app across upgrades: never change it.
AppId={{6A0E4C2B-5F1D-4C8E-9B3A-7D2E1F4A8C61}
AppName=Lifeline
AppVersion={#AppVersion}
AppVerName=Lifeline {#AppVersion}
AppPublisher=Relationship Lifeline team
DefaultDirName={autopf}\Lifeline
DefaultGroupName=Lifeline
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=Lifeline-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\lifeline.exe
; The app is fully offline: nothing in here opens a connection, and neither does the installer.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "sharedvault"; Description: "Make a shared vault folder that every user account on this computer can open (for a couple with two Windows accounts)"; GroupDescription: "Sharing:"; Flags: unchecked; Check: IsAdminInstallMode

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; ProgramData\RelationshipLifeline\Shared vault: writable by the Users group; kept on uninstall.
Name: "{commonappdata}\RelationshipLifeline\Shared vault"; Permissions: users-modify; Tasks: sharedvault; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\Lifeline"; Filename: "{app}\lifeline.exe"
Name: "{autodesktop}\Lifeline"; Filename: "{app}\lifeline.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\lifeline.exe"; Description: "{cm:LaunchProgram,Lifeline}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the bundle itself may have left beside it (bytecode caches); never a vault.
Type: filesandordirs; Name: "{app}\_internal\lifeline_desktop\store\migrations\__pycache__"
Type: filesandordirs; Name: "{app}\_internal\lifeline_desktop\store\migrations\versions\__pycache__"
