#!/usr/bin/env bash
# Builds Floorview's native packages with jlink and jpackage. Run through Maven, which first builds the jar
# and sorts the dependencies:   mvn -Ppackage -DskipTests package
# Inputs (made by the profile): target/jpackage/input (floorview.jar + its non-JavaFX jars), target/jpackage/jfx
# (JavaFX's jars for this OS, which are modules with their native libraries inside).
# Output: target/dist/ — Linux: an app-image, a .deb and (when rpmbuild is there) an .rpm; Windows: an .msi;
# macOS: a .dmg.
set -euo pipefail
cd "$(dirname "$0")/.."
version=${FLOORVIEW_VERSION:?FLOORVIEW_VERSION}
jdk=${JAVA_HOME:?JAVA_HOME}
out=target/dist
rt=target/jpackage/runtime
rm -rf "$rt" "$out"
mkdir -p "$out"

case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=mac ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "jpackage.sh: unknown system $(uname -s)" >&2; exit 2 ;;
esac

# A trimmed runtime: the JDK modules Floorview uses, and JavaFX's modules from its jars.
modules=java.base,java.datatransfer,java.desktop,java.logging,java.management,java.naming,java.net.http,\
java.prefs,java.scripting,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.httpserver,jdk.localedata,\
jdk.unsupported,jdk.zipfs,javafx.base,javafx.graphics,javafx.controls
if ls target/jpackage/jfx/javafx-media-*.jar >/dev/null 2>&1; then modules=$modules,javafx.media; fi
"$jdk/bin/jlink" --module-path "$jdk/jmods:target/jpackage/jfx" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$rt"

# JavaFX's native libraries go inside the image, where JavaFX looks first (not extracted at run time).
natives="$rt/lib"; [ "$os" = windows ] && natives="$rt/bin"
for jar in target/jpackage/jfx/*.jar; do
  abs=$(realpath "$jar")
  libs=$("$jdk/bin/jar" tf "$abs" | grep -E '\.(so|dll|dylib)$' || true)
  if [ -n "$libs" ]; then (cd "$natives" && "$jdk/bin/jar" xf "$abs" $libs); fi
done

# The default class-data archive of the runtime's own classes, as a JDK has it (jlink leaves it out): every
# start of the console and of the commands loads those classes from it instead of parsing them.
"$rt/bin/java" -Xshare:dump >/dev/null

common=(--name Floorview --app-version "$version" --vendor "Floorview" --copyright "Floorview authors"
  --description "The live floor, reports, schedules and QA of a call center"
  --input target/jpackage/input --main-jar floorview.jar --main-class io.floorview.app.Main
  --runtime-image "$rt" --dest "$out" --java-options "-Xmx2g" --java-options "-Dfile.encoding=UTF-8"
  --add-launcher floorview-cli=packaging/floorview-cli.properties)

case $os in
  linux)
    "$jdk/bin/jpackage" "${common[@]}" --type app-image --icon icons/png/floorview-256.png
    "$jdk/bin/jpackage" "${common[@]}" --type deb --icon icons/png/floorview-256.png --resource-dir packaging/linux \
      --linux-package-name floorview --linux-menu-group "Office" --linux-shortcut --linux-app-category misc \
      --linux-deb-maintainer "packages@floorview.io" \
      --linux-package-deps "libgtk-3-0, libxtst6, libpangoft2-1.0-0, libasound2, fonts-wqy-microhei | fonts-noto-cjk"
    if command -v rpmbuild >/dev/null 2>&1; then
      "$jdk/bin/jpackage" "${common[@]}" --type rpm --icon icons/png/floorview-256.png \
        --linux-package-name floorview --linux-menu-group "Office" --linux-shortcut \
        --linux-package-deps "gtk3, libXtst, pango, alsa-lib, google-noto-sans-cjk-ttc-fonts"
    else
      echo "jpackage.sh: rpmbuild is not installed, so no .rpm (apt-get install rpm gives it)" >&2
    fi
    ;;
  windows)
    "$jdk/bin/jpackage" "${common[@]}" --type msi --icon icons/floorview.ico --resource-dir packaging/windows \
      --win-menu --win-menu-group Floorview --win-shortcut --win-dir-chooser --win-per-user-install \
      --win-upgrade-uuid 5b0e8f2a-3c41-4d6e-9a7b-6f1d2c8e4a19
    ;;
  mac)
    "$jdk/bin/jpackage" "${common[@]}" --type dmg --icon icons/floorview.icns --resource-dir packaging/macos \
      --mac-package-identifier io.floorview.console --mac-package-name Floorview
    ;;
esac
ls -la "$out"
