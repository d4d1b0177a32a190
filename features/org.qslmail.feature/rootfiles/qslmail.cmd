@echo off
rem QSL Mail launcher for Windows.
rem   qslmail                 opens the QSL Mail window
rem   qslmail <command> ...   runs a command without a window (qslmail --help lists them)
rem Java 21 or newer is looked for in QSLMAIL_JAVA_HOME, JAVA_HOME, .\jre and the PATH.
rem Extra VM options: set QSLMAIL_VM_OPTIONS=-Xmx4g
setlocal EnableExtensions EnableDelayedExpansion

set "HOME_DIR=%~dp0"
set "MIN_JAVA=21"
set "RESTART_CODE=23"
set "JAVA="
set "CHECKED="

if defined QSLMAIL_JAVA_HOME call :try "%QSLMAIL_JAVA_HOME%\bin\java.exe"
if not defined JAVA if defined JAVA_HOME call :try "%JAVA_HOME%\bin\java.exe"
if not defined JAVA call :try "%HOME_DIR%jre\bin\java.exe"
if not defined JAVA for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined JAVA call :try "%%j"
if not defined JAVA (
  echo QSL Mail needs Java %MIN_JAVA% or newer, and none was found.!CHECKED! 1>&2
  echo Install a Java %MIN_JAVA%+ runtime ^(for example Eclipse Temurin^) and set JAVA_HOME to it. 1>&2
  exit /b 1
)

set "LAUNCHER="
for %%f in ("%HOME_DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER (
  echo QSL Mail is incomplete: plugins\org.eclipse.equinox.launcher_*.jar is missing. Unpack the archive again. 1>&2
  exit /b 1
)

set "VM_OPTIONS=-Xms64m -Xmx1g -Dosgi.requiredJavaVersion=%MIN_JAVA% --enable-native-access=ALL-UNNAMED "-Djava.util.logging.config.file=%HOME_DIR%logging.properties""

if not "%~1"=="" (
  "%JAVA%" %VM_OPTIONS% -Djava.awt.headless=true %QSLMAIL_VM_OPTIONS% -jar "%LAUNCHER%" -nosplash -application org.qslmail.cli.app %*
  exit /b !ERRORLEVEL!
)

rem The window runs on javaw.exe so that no console stays open behind it.
set "JAVAW=%JAVA:java.exe=javaw.exe%"
if not exist "%JAVAW%" set "JAVAW=%JAVA%"
:gui
"%JAVAW%" %VM_OPTIONS% %QSLMAIL_VM_OPTIONS% -jar "%LAUNCHER%" -nosplash -application org.qslmail.ui.app
if "!ERRORLEVEL!"=="%RESTART_CODE%" goto gui
exit /b !ERRORLEVEL!

:try
if not exist "%~1" exit /b 0
set "VERSION="
for /f "tokens=3" %%v in ('""%~1" -version 2>&1 | findstr /i version"') do if not defined VERSION set "VERSION=%%~v"
set "MAJOR="
for /f "delims=.-+ tokens=1,2" %%a in ("!VERSION!") do (
  set "MAJOR=%%a"
  if "%%a"=="1" set "MAJOR=%%b"
)
if not defined MAJOR (
  set "CHECKED=!CHECKED! [%~1: Java ?]"
  exit /b 0
)
if !MAJOR! GEQ %MIN_JAVA% (
  set "JAVA=%~1"
) else (
  set "CHECKED=!CHECKED! [%~1: Java !MAJOR!]"
)
exit /b 0
