; PCHA Desktop installer (NSIS 3, Unicode). Per-user: no administrator, installs into
; %LOCALAPPDATA%\Programs\PCHA Desktop. The data folder (%LOCALAPPDATA%\PCHA Desktop) and the profile
; (%LOCALAPPDATA%\PCHA Desktop Profile) are never touched, except when the user asks the uninstaller to
; delete them. Compiled by installer/build (Linux, CI's check) and .github/workflows/windows.yml:
;   makensis -INPUTCHARSET UTF8 -DPCHA_BUNDLE_DIR=dist/pcha-desktop -DPCHA_FILES=build/nsis/files.nsh
;            -DPCHA_OUT_DIR=build/nsis installer/pcha_desktop.nsi
; files.nsh (installer/nsis_files.py) lists the built folder's files and defines the version (pyproject.toml),
; the programs' names and the licence texts; -DPCHA_CHECK_ONLY stores instead of compressing (a fast check).

Unicode true
!ifndef PCHA_BUNDLE_DIR | PCHA_FILES | PCHA_OUT_DIR
  !error "Give -DPCHA_BUNDLE_DIR=<built folder> -DPCHA_FILES=<files.nsh> -DPCHA_OUT_DIR=<folder>"
!endif
!include "${PCHA_FILES}"
!ifndef PCHA_VERSION | PCHA_GUI_EXE | PCHA_CLI_EXE | PCHA_LICENCE_TH | PCHA_LICENCE_EN
  !error "${PCHA_FILES} is not what installer/nsis_files.py writes: rebuild it"
!endif

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "Sections.nsh"

!define APP_NAME "PCHA Desktop"
!define APP_KEY "PCHADesktop"                      ; fixed: the same for every version (upgrades find it)
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_KEY}"
!define SETTINGS_KEY "Software\${APP_KEY}"
!define PROG_ID "PCHADesktop.Bundle"                ; .pcha bundles
!define DATA_DIR "$LOCALAPPDATA\PCHA Desktop"      ; platformdirs.user_data_dir("PCHA Desktop")
!define PROFILE_DIR "$LOCALAPPDATA\PCHA Desktop Profile"
!define ICON "${PCHA_BUNDLE_DIR}/_internal/resources/icon/pcha.ico"

Name "${APP_NAME} ${PCHA_VERSION}"
OutFile "${PCHA_OUT_DIR}/pcha-desktop-${PCHA_VERSION}-setup.exe"
InstallDir "$LOCALAPPDATA\Programs\PCHA Desktop"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
RequestExecutionLevel user
ManifestDPIAware true
ShowInstDetails hide
ShowUninstDetails hide
!ifdef PCHA_CHECK_ONLY
  SetCompress off
!else
  SetCompressor /SOLID lzma
  SetCompressorDictSize 64
!endif

VIProductVersion "${PCHA_VERSION_4}"
VIFileVersion "${PCHA_VERSION_4}"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${PCHA_VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${PCHA_VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} ${PCHA_VERSION} setup"
VIAddVersionKey /LANG=1033 "LegalCopyright" "PCHA Desktop; Sarabun font: SIL Open Font License 1.1"

; --- pages --------------------------------------------------------------------------------------------
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "$(PCHA_LICENCE)"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${PCHA_GUI_EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Thai"       ; the first is the default
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LicenseLangString PCHA_LICENCE ${LANG_THAI} "${PCHA_LICENCE_TH}"
LicenseLangString PCHA_LICENCE ${LANG_ENGLISH} "${PCHA_LICENCE_EN}"

LangString SecProgram ${LANG_THAI} "โปรแกรม PCHA Desktop และทางลัดในเมนูเริ่ม"
LangString SecProgram ${LANG_ENGLISH} "PCHA Desktop and its Start-menu shortcuts"
LangString SecDesktop ${LANG_THAI} "ทางลัดบนเดสก์ท็อป"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecAssociate ${LANG_THAI} "เปิดไฟล์ชุดข้อมูล .pcha ด้วย PCHA Desktop"
LangString SecAssociate ${LANG_ENGLISH} "Open .pcha bundles with PCHA Desktop"
LangString DemoShortcut ${LANG_THAI} "PCHA Desktop - ข้อมูลตัวอย่าง"
LangString DemoShortcut ${LANG_ENGLISH} "PCHA Desktop - demo data"
LangString BundleType ${LANG_THAI} "ชุดข้อมูล PCHA Desktop"
LangString BundleType ${LANG_ENGLISH} "PCHA Desktop bundle"
LangString CloseProgram ${LANG_THAI} "PCHA Desktop กำลังเปิดอยู่ กรุณาปิดโปรแกรมทุกหน้าต่างก่อน แล้วกด ลองใหม่"
LangString CloseProgram ${LANG_ENGLISH} "PCHA Desktop is running. Please close all its windows, then press Retry."
LangString DataKept ${LANG_THAI} "ข้อมูลของท่านยังอยู่ครบ ไม่ได้ลบ:$\r$\n${DATA_DIR}$\r$\n(ฐานข้อมูล ข้อมูลสำรอง ไฟล์แนบ และเอกสารที่ส่งออก) และค่าที่ตั้งไว้ของท่าน:$\r$\n${PROFILE_DIR}$\r$\nติดตั้งโปรแกรมใหม่เมื่อใดก็เปิดข้อมูลนี้ได้ทันที"
LangString DataKept ${LANG_ENGLISH} "Your data is kept, not deleted:$\r$\n${DATA_DIR}$\r$\n(the database, backups, attachments and exported documents), and your preferences:$\r$\n${PROFILE_DIR}$\r$\nInstall the program again at any time to open it."
LangString UnSecData ${LANG_THAI} "ลบข้อมูลของท่านด้วย (ฐานข้อมูล ข้อมูลสำรอง ไฟล์แนบ ใน ${DATA_DIR} และค่าที่ตั้งไว้) ลบแล้วกู้คืนไม่ได้"
LangString UnSecData ${LANG_ENGLISH} "Also delete your data (the database, backups and attachments in ${DATA_DIR}, and your preferences): this cannot be undone"
LangString UnSecProgram ${LANG_THAI} "โปรแกรม PCHA Desktop"
LangString UnSecProgram ${LANG_ENGLISH} "PCHA Desktop (the program)"
LangString DataDeleted ${LANG_THAI} "ลบข้อมูลใน ${DATA_DIR} แล้ว"
LangString DataDeleted ${LANG_ENGLISH} "Deleted the data in ${DATA_DIR}"

; --- the program is not running: its files can be replaced or removed --------------------------------
!macro PCHA_ENSURE_CLOSED un
Function ${un}EnsureClosed
  ${ForEach} $1 1 2 + 1
    ${If} $1 == 1
      StrCpy $2 "$INSTDIR\${PCHA_GUI_EXE}"
    ${Else}
      StrCpy $2 "$INSTDIR\${PCHA_CLI_EXE}"
    ${EndIf}
    ${Do}
      ${IfNot} ${FileExists} "$2"
        ${Break}
      ${EndIf}
      ClearErrors
      FileOpen $0 "$2" a          ; a running program's file cannot be opened for writing
      ${IfNot} ${Errors}
        FileClose $0
        ${Break}
      ${EndIf}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(CloseProgram)" /SD IDCANCEL IDRETRY +2
      Abort
    ${Loop}
  ${Next}
FunctionEnd
!macroend
!insertmacro PCHA_ENSURE_CLOSED ""
!insertmacro PCHA_ENSURE_CLOSED "un."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; --- install ------------------------------------------------------------------------------------------
Section "$(SecProgram)" SecProgram
  SectionIn RO
  Call EnsureClosed
  ; An upgrade replaces the program, never the data: the previous version's program files go first (all
  ; of _internal is the program's own), then this version's. Migrations run at the next start.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${PCHA_GUI_EXE}"
  Delete "$INSTDIR\${PCHA_CLI_EXE}"
  !insertmacro PCHA_INSTALL_FILES
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${PCHA_GUI_EXE}" "" "$INSTDIR\${PCHA_GUI_EXE}" 0
  CreateShortcut "$SMPROGRAMS\$(DemoShortcut).lnk" "$INSTDIR\${PCHA_GUI_EXE}" "--demo" "$INSTDIR\${PCHA_GUI_EXE}" 0

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${SETTINGS_KEY}" "Version" "${PCHA_VERSION}"
  WriteRegStr HKCU "${SETTINGS_KEY}" "DemoShortcut" "$(DemoShortcut)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${PCHA_VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${PCHA_GUI_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${PCHA_INSTALLED_SIZE_KB}
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "$(SecDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${PCHA_GUI_EXE}" "" "$INSTDIR\${PCHA_GUI_EXE}" 0
SectionEnd

Section "$(SecAssociate)" SecAssociate
  ; Double-clicking a .pcha bundle starts `pcha-desktop "<file>"`, which hands the file to the import.
  WriteRegStr HKCU "Software\Classes\.pcha" "" "${PROG_ID}"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "$(BundleType)"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\${PCHA_GUI_EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\${PCHA_GUI_EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'   ; SHCNE_ASSOCCHANGED
SectionEnd

; --- uninstall ----------------------------------------------------------------------------------------
Section "un.$(UnSecProgram)" UnSecProgram
  SectionIn RO
  Call un.EnsureClosed
  !insertmacro PCHA_UNINSTALL_FILES
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"                               ; only if empty: nothing of the user's is removed
  ReadRegStr $0 HKCU "${SETTINGS_KEY}" "DemoShortcut"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  ${If} $0 != ""
    Delete "$SMPROGRAMS\$0.lnk"
  ${EndIf}
  Delete "$DESKTOP\${APP_NAME}.lnk"
  ReadRegStr $0 HKCU "Software\Classes\.pcha" ""
  ${If} $0 == "${PROG_ID}"
    DeleteRegKey HKCU "Software\Classes\.pcha"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd

Section /o "un.$(UnSecData)" UnSecData
  RMDir /r "${DATA_DIR}"
  RMDir /r "${PROFILE_DIR}"
  DetailPrint "$(DataDeleted)"
SectionEnd

Section "-un.Tell where the data is"
  ${IfNot} ${SectionIsSelected} ${UnSecData}
    DetailPrint "$(DataKept)"
    MessageBox MB_OK|MB_ICONINFORMATION "$(DataKept)" /SD IDOK
  ${EndIf}
SectionEnd
