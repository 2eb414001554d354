#!/bin/sh
# Called by dunst for each notification: $1 app name, $2 summary, $3 body, $4 icon, $5 urgency.
printf '%s\t%s\t%s\n' "$5" "$1" "$2" >> "${NOTIFY_LOG:?NOTIFY_LOG must name the log file}"
