#!/bin/sh
# Install this Confidant bundle for the current user, without root: the program folder, a menu
# entry with its icon, and a `confidant-app` command. Run it from the unpacked bundle:
#
#   ./install.sh              install, or replace an earlier installation
#   ./install.sh --uninstall  remove the program, the menu entry and the icons
#
# Neither ever touches the vault, the settings or the backups: they live in the user data folder
# (~/.local/share/Confidant, ~/.config/Confidant), which is not the program folder. Uninstalling
# leaves them for a later installation, or for the user to delete on purpose.
set -eu

name=confidant-app
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
program_dir=$HOME/.local/lib/$name
bin_link=$HOME/.local/bin/$name
desktop_file=$data_home/applications/$name.desktop
icons=$data_home/icons/hicolor
sizes="16 24 32 48 64 128 256 512"

refresh_caches() {
    # Optional: menus notice new entries without these too, only later.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data_home/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$icons" 2>/dev/null || true
    fi
}

uninstall() {
    rm -rf "$program_dir"
    [ -L "$bin_link" ] && rm -f "$bin_link"
    rm -f "$desktop_file" "$icons/scalable/apps/$name.svg"
    for size in $sizes; do
        rm -f "$icons/${size}x${size}/apps/$name.png"
    done
    refresh_caches
    echo "$name: removed; the vault and settings in ~/.local/share/Confidant and ~/.config/Confidant are kept"
}

install() {
    here=$(cd "$(dirname "$0")" && pwd)
    if [ ! -x "$here/$name" ] || [ ! -d "$here/_internal/resources/icons" ]; then
        echo "$name: error: run install.sh from the unpacked bundle (next to $name and _internal/)" >&2
        exit 1
    fi
    if [ "$here" = "$program_dir" ]; then
        echo "$name: already installed in $program_dir"
        exit 0
    fi
    # Copied under a temporary name first, so an interrupted copy never replaces a working one.
    mkdir -p "$(dirname "$program_dir")"
    rm -rf "$program_dir.new"
    cp -R "$here" "$program_dir.new"
    rm -rf "$program_dir"
    mv "$program_dir.new" "$program_dir"

    mkdir -p "$(dirname "$bin_link")" "$(dirname "$desktop_file")" "$icons/scalable/apps"
    ln -sfn "$program_dir/$name" "$bin_link"
    sed "s|^Exec=.*|Exec=\"$program_dir/$name\"|" "$here/$name.desktop" > "$desktop_file"
    cp "$here/_internal/resources/icons/$name.svg" "$icons/scalable/apps/$name.svg"
    for size in $sizes; do
        mkdir -p "$icons/${size}x${size}/apps"
        cp "$here/_internal/resources/icons/$name-$size.png" "$icons/${size}x${size}/apps/$name.png"
    done
    refresh_caches
    echo "$name: installed in $program_dir; start it from the menu (Confidant) or with $bin_link"
}

case "${1:-}" in
    "") install ;;
    --uninstall) uninstall ;;
    *) echo "usage: install.sh [--uninstall]" >&2; exit 2 ;;
esac
