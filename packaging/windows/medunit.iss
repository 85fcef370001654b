; Inno Setup script for medunit on Windows. NOT built or tested in this repository's CI (Linux only):
; build it on a Windows machine, see windows/README.md.
;
; Input: the PyInstaller onedir bundle dist\medunit\ (medunit.exe, medunit-admin.exe, _internal\),
; built on Windows with the same spec as Linux:  pyinstaller --distpath dist packaging\medunit.spec
; Output: dist\medunit-<version>-setup.exe
;
; Same contents as the .deb: the bundle, Start-menu shortcut (GUI), medunit-admin on PATH, the example
; policy at %ProgramData%\medunit\policy.toml (never overwritten, kept on uninstall like a conffile).

#define AppName "medunit"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1F3E52-6A7B-4B0E-9E51-4D3C2B1A0F71}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=medunit unit IT
DefaultDirName={autopf}\medunit
DefaultGroupName=medunit
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=medunit-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\medunit.ico
UninstallDisplayIcon={app}\medunit.exe
Compression=lzma2
SolidCompression=yes
ChangesEnvironment=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\medunit\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; the example policy, fully commented (same file as /etc/medunit/policy.toml in the .deb)
Source: "..\common\policy.toml"; DestDir: "{commonappdata}\medunit"; Flags: onlyifdoesntexist uninsneveruninstall

[Dirs]
Name: "{commonappdata}\medunit"; Permissions: users-readexec admins-full

[Icons]
Name: "{autoprograms}\medunit"; Filename: "{app}\medunit.exe"; Comment: "Werkplek medisch adviseur / Medical advisor workstation"

[Registry]
; medunit-admin on the machine PATH
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; \
  ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}'))

[Code]
function NeedsAddPath(Param: string): boolean;
var
  OrigPath: string;
begin
  if not RegQueryStringValue(HKEY_LOCAL_MACHINE,
    'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', OrigPath)
  then begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Param) + ';', ';' + Uppercase(OrigPath) + ';') = 0;
end;
