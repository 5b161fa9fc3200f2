; Inno Setup 6 script for Confidant: a per-user installer that needs no administrator rights.
;
; Build on Windows, from the checkout:
;   1. python installer\build.py          (the PyInstaller bundle in dist\confidant-app\)
;   2. "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" installer\windows\confidant.iss
;      -> dist\confidant-setup-<version>.exe
; /DAppVersion=x.y.z on the ISCC command line overrides the version below; /DBundleDir=... points
; at a bundle elsewhere. Needs Inno Setup 6.3 or newer (x64compatible, {autoprograms}).
;
; Not compiled or run on the machine where it was written (Linux); see README, "Installers".
;
; What it installs, and where:
; - the bundle into {localappdata}\Programs\Confidant (e.g. C:\Users\<name>\AppData\Local\
;   Programs\Confidant): the per-user program folder, writable without elevation;
; - a Start-menu entry "Confidant" for this user only;
; - an uninstaller (Settings > Apps, or the Start menu), registered under HKCU.
;
; The vault is never the installer's: the application keeps the vault, its settings, log,
; referral directory and backups in the user data folder that appdirs gives,
; {localappdata}\Defensie\Confidant (README, "Where data lives"), which is not the program folder.
; The uninstaller removes only what it installed into {app}. Hence no [UninstallDelete] section
; and no [Code] that deletes files: nothing here may ever reach the data folder, and the program
; folder cannot be chosen (DisableDirPage), so {app} can never be the data folder or hold it.

; The version: keep in step with pyproject.toml, or pass /DAppVersion=.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\confidant-app"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to this application; never change it.
AppId={{FF7D1BA9-9E8D-474C-956F-0C3D37FA2A8E}
AppName=Confidant
AppVersion={#AppVersion}
AppVerName=Confidant {#AppVersion}
AppPublisher=Ministerie van Defensie
; Per user, no administrator: no UAC prompt, nothing outside the user's own profile.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Confidant
DisableDirPage=yes
DefaultGroupName=Confidant
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=confidant-setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\confidant-app.ico
UninstallDisplayIcon={app}\confidant-app.exe
UninstallDisplayName=Confidant
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running Confidant holds its files open: ask to close it before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
; The whole one-folder bundle: confidant-app.exe and _internal\ (Python, Qt, resources).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; {autoprograms} is the user's own Start menu when installed without administrator rights.
Name: "{autoprograms}\Confidant"; Filename: "{app}\confidant-app.exe"; WorkingDir: "{app}"

[Run]
Filename: "{app}\confidant-app.exe"; Description: "{cm:LaunchProgram,Confidant}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Code]: see the note at the top. The uninstaller removes the files
; listed under [Files] from {app}, the Start-menu entry, and {app} itself once it is empty.
