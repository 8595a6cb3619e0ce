; MMN Desktop: per-user Windows installer (NSIS 3, Unicode).
;
; Compiled by `python packaging/build.py nsis --onedir DIR` (makensis runs on Windows and on
; Linux; Debian: apt install nsis). Defines passed on the command line:
;   APP_VERSION   version from pyproject.toml, e.g. 0.1.0
;   APP_VERSION4  the same as four numbers, e.g. 0.1.0.0 (Windows version resource)
;   SOURCE_DIR    the PyInstaller onedir folder (mmn-desktop.exe, mmn.exe, _internal\)
;   OUT_FILE      the installer to write
;   ICON_FILE     packaging/icons/mmn-desktop.ico
;   SIGN_COMMAND  optional: a command with %1 for the file to sign; run on the uninstaller and
;                 on the finished installer (see docs/PACKAGING.md, "Signing")
;
; Installs without administrator rights into %LOCALAPPDATA%\Programs\MMN Desktop, adds a
; Start-menu shortcut (and, optionally, a desktop one) and an entry under "Installed apps"
; (HKCU). The uninstaller keeps the user's notes, settings and logs unless asked to remove them.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef APP_VERSION | APP_VERSION4 | SOURCE_DIR | OUT_FILE | ICON_FILE
  !error "APP_VERSION, APP_VERSION4, SOURCE_DIR, OUT_FILE and ICON_FILE must be defined (-D...)"
!endif

!define APP_NAME "MMN Desktop"
!define PUBLISHER "Mekong Migration Network"
!define GUI_EXE "mmn-desktop.exe"
!define CLI_EXE "mmn.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\MMNDesktop"
; Where the app keeps user data on Windows (platformdirs: %LOCALAPPDATA%\<author>\<app>),
; see mmn_desktop/core/paths.py.
!define DATA_AUTHOR_DIR "$LOCALAPPDATA\MekongMigrationNetwork"
!define DATA_DIR "${DATA_AUTHOR_DIR}\MMN Desktop"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

Name "${APP_NAME}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${APP_VERSION}"

!ifdef SIGN_COMMAND
  !finalize '${SIGN_COMMAND}'
  !uninstfinalize '${SIGN_COMMAND}'
!endif

!define MUI_ICON "${ICON_FILE}"
!define MUI_UNICON "${ICON_FILE}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!define MUI_UNCOMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${APP_VERSION4}"
VIFileVersion "${APP_VERSION4}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} ${APP_VERSION} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER} and contributors"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP_NAME} needs 64-bit Windows."
    Abort
  ${EndIf}
FunctionEnd

Section "${APP_NAME}" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An older version's bundle may hold files this one no longer has.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${APP_VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Desktop shortcut" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
SectionEnd

; -- uninstaller ---------------------------------------------------------------------------

Section "un.${APP_NAME}" UnSecApp
  SectionIn RO
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

; Unchecked by default, and never selected in a silent uninstall (/S): user data stays.
Section /o "un.Also remove my notes, bookmarks, settings and logs" UnSecData
  RMDir /r "${DATA_DIR}"
  RMDir "${DATA_AUTHOR_DIR}"
  RMDir /r "$INSTDIR\portable-data"
  Delete "$INSTDIR\portable.txt"
SectionEnd

Section "-un.Finish"
  ; Only if empty: portable data or the user's own files keep the folder.
  RMDir "$INSTDIR"
SectionEnd
