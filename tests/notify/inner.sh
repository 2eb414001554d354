#!/bin/sh
# Runs inside `xvfb-run -a dbus-run-session`: start dunst, wait until it owns the
# notification service name (a dunstctl or notify-send before that would start a
# second dunst through D-Bus activation), run the Playwright tests, stop dunst.
# Usage: inner.sh <dunstrc> [playwright arguments...]; NOTIFY_LOG is set by run.ts.
set -u
config=$1
shift
dunst -config "$config" >"$NOTIFY_LOG.dunst" 2>&1 &
dunst_pid=$!
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q 'boolean true'; do
  tries=$((tries + 1))
  if [ "$tries" -gt 100 ]; then
    echo "dunst did not take org.freedesktop.Notifications within 10 s:" >&2
    cat "$NOTIFY_LOG.dunst" >&2
    kill "$dunst_pid" 2>/dev/null
    exit 1
  fi
  sleep 0.1
done
node_modules/.bin/playwright test -c tests/notify/playwright.config.ts "$@"
status=$?
kill "$dunst_pid" 2>/dev/null
exit "$status"
