#!/bin/sh
# check-mime.sh MIME_XML DESKTOP_FILE SAMPLE_EIF: with our shared-mime-info type and desktop file
# installed (in a private XDG data dir, as the package installs them system-wide), every resolver
# a user meets outside a desktop environment takes an EIF for ours, with and without the .eif
# extension, although Debian's database gives *.eif to text/x-eiffel:
#   mimetype (File::MimeInfo, what xdg-mime uses with no desktop), xdg-mime, gio; and xdg-open
#   and gio open launch our desktop entry's Exec. The launched "enclave-studio" is a probe first
#   in PATH that records its arguments: the real app needs a display and would stay open.
set -u
xml=$1
desktop=$2
sample=$3
type=application/x-nitro-enclave-image
id=$(basename "$desktop")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
problem() {
    echo "check-mime: $1" >&2
    fail=1
}
for tool in mimetype xdg-mime xdg-open gio update-mime-database update-desktop-database; do
    command -v "$tool" > /dev/null || { echo "check-mime: $tool is not installed (packaging/install-deps.sh)" >&2; exit 1; }
done

mkdir -p "$tmp/share/mime/packages" "$tmp/share/applications" "$tmp/config" "$tmp/bin" "$tmp/files"
cp "$sample" "$tmp/files/sample.eif"
cp "$sample" "$tmp/files/sample"
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_DESKTOP_SESSION_ID XDG_SESSION_DESKTOP
export HOME="$tmp" XDG_DATA_HOME="$tmp/share" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_DIRS=/usr/share
export GIO_USE_VFS=local
# GIO ignores a desktop entry whose Exec program is not in PATH: the probe stands in from here on.
cat > "$tmp/bin/enclave-studio" << PROBE
#!/bin/sh
printf '%s\n' "\$@" >> "$tmp/opened"
PROBE
chmod +x "$tmp/bin/enclave-studio"
export PATH="$tmp/bin:$PATH"

# Control: Debian's database alone resolves sample.eif to Eiffel (else this test proves nothing).
control=$(mimetype --brief "$tmp/files/sample.eif")
[ "$control" != "$type" ] || problem "without our type, mimetype already says $type: control failed"

cp "$xml" "$tmp/share/mime/packages/$id.xml"
cp "$desktop" "$tmp/share/applications/$id"
update-mime-database "$tmp/share/mime" || problem "update-mime-database failed"
update-desktop-database "$tmp/share/applications" || problem "update-desktop-database failed"

for f in sample.eif sample; do
    path="$tmp/files/$f"
    got=$(mimetype --brief "$path")
    [ "$got" = "$type" ] || problem "mimetype $f: $got"
    got=$(xdg-mime query filetype "$path" | sed 's/;.*//')
    [ "$got" = "$type" ] || problem "xdg-mime query filetype $f: $got"
    got=$(gio info -a standard::content-type "$path" | sed -n 's/^ *standard::content-type: //p')
    [ "$got" = "$type" ] || problem "gio info $f: $got"
done
got=$(xdg-mime query default "$type")
[ "$got" = "$id" ] || problem "xdg-mime query default: '$got'"
gio mime "$type" | grep -q "$id" || problem "gio mime $type does not name $id"

# Launch through xdg-open (generic mode needs a display name; nothing connects to it) and gio open.
for f in sample.eif sample; do
    : > "$tmp/opened"
    DISPLAY=:999 xdg-open "$tmp/files/$f" > "$tmp/xdg-open.log" 2>&1 || true
    grep -qx "$tmp/files/$f" "$tmp/opened" || problem "xdg-open $f did not launch enclave-studio ($(cat "$tmp/xdg-open.log"))"
    : > "$tmp/opened"
    gio open "$tmp/files/$f" > "$tmp/gio.log" 2>&1 || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do # gio open returns before the launched program has run
        [ -s "$tmp/opened" ] && break
        sleep 0.2
    done
    grep -qx "$tmp/files/$f" "$tmp/opened" || problem "gio open $f did not launch enclave-studio ($(cat "$tmp/gio.log"))"
done
[ "$fail" -eq 0 ] && echo "check-mime: mimetype, xdg-mime, gio, xdg-open and gio open pick $id (with and without .eif; Debian alone: $control)"
exit "$fail"
