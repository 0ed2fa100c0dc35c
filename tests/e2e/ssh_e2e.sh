#!/usr/bin/env bash
# End to end over SSH (`make test-e2e`): the explorer as a remote user meets it.
#
# Starts a throwaway sshd on a loopback port (host key, user key and config in a temp dir),
# runs `ssh -t` to it inside an 80x24 tmux session to launch `dossier`, searches, opens an
# article, checks the screen, quits, and stops sshd by its PID. Installs openssh-server with
# apt-get when sshd is missing (as root, or with passwordless sudo).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DOSSIER="$ROOT/.venv/bin/dossier"
PYTHON="$ROOT/.venv/bin/python"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dossier-e2e.XXXXXX")"
SOCKET="dossier-e2e-$$"
SSHD_PID=""
WIDTH=80
HEIGHT=24

log() { printf 'e2e: %s\n' "$*" >&2; }

cleanup() {
    tmux -L "$SOCKET" kill-server 2>/dev/null || true
    if [[ -n "$SSHD_PID" ]] && kill -0 "$SSHD_PID" 2>/dev/null; then
        kill "$SSHD_PID" 2>/dev/null || true
        wait "$SSHD_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
    log "FAIL: $*"
    if tmux -L "$SOCKET" has-session -t e2e 2>/dev/null; then
        log "screen:"
        tmux -L "$SOCKET" capture-pane -p -t e2e >&2 || true
    fi
    [[ -f "$WORK/sshd.log" ]] && { log "sshd log:"; tail -20 "$WORK/sshd.log" >&2; }
    exit 1
}

apt_install() {
    local sudo=""
    [[ "$(id -u)" != 0 ]] && sudo="sudo -n"
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
command -v tmux >/dev/null || { log "installing tmux"; apt_install tmux; }
command -v ssh >/dev/null || { log "installing openssh-client"; apt_install openssh-client; }
for tool in tmux ssh ssh-keygen; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done
[[ -x "$DOSSIER" ]] || fail "$DOSSIER is missing: run make first"

# --- sshd ---------------------------------------------------------------------------------
SSHD="$(command -v sshd || true)"
[[ -z "$SSHD" && -x /usr/sbin/sshd ]] && SSHD=/usr/sbin/sshd
if [[ -z "$SSHD" ]]; then
    log "installing openssh-server"
    apt_install openssh-server
    SSHD=/usr/sbin/sshd
    [[ -x "$SSHD" ]] || fail "could not install openssh-server"
    # The package may have started the system's sshd; this test uses its own and leaves that alone.
fi
[[ "$(id -u)" == 0 ]] && mkdir -p /run/sshd  # privilege separation directory

PORT="$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
USER_NAME="$(id -un)"
ssh-keygen -q -t ed25519 -N '' -f "$WORK/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$WORK/user_key"
cp "$WORK/user_key.pub" "$WORK/authorized_keys"
chmod 600 "$WORK/authorized_keys" "$WORK/host_key" "$WORK/user_key"
cat >"$WORK/sshd_config" <<EOF
Port $PORT
ListenAddress 127.0.0.1
HostKey $WORK/host_key
PidFile $WORK/sshd.pid
AuthorizedKeysFile $WORK/authorized_keys
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
AllowUsers $USER_NAME
StrictModes no
UsePAM no
PrintMotd no
EOF
"$SSHD" -t -f "$WORK/sshd_config" || fail "sshd rejected its configuration"
"$SSHD" -D -e -f "$WORK/sshd_config" 2>"$WORK/sshd.log" &
SSHD_PID=$!
for _ in $(seq 50); do
    "$PYTHON" -c "import socket; socket.create_connection(('127.0.0.1', $PORT), 0.2)" 2>/dev/null && break
    sleep 0.1
done
kill -0 "$SSHD_PID" 2>/dev/null || fail "sshd did not start"
log "sshd (pid $SSHD_PID) on 127.0.0.1:$PORT"

# --- the index (built here, read over ssh) ------------------------------------------------
"$DOSSIER" index build --corpus "$ROOT/seeds" --index "$WORK/index" --quiet || fail "index build failed"

SSH=(ssh -t -p "$PORT" -i "$WORK/user_key" -o IdentitiesOnly=yes -o BatchMode=yes
     -o StrictHostKeyChecking=no -o UserKnownHostsFile="$WORK/known_hosts" -o LogLevel=ERROR
     "$USER_NAME@127.0.0.1")
REMOTE="cd '$ROOT' && exec '$DOSSIER' --corpus '$ROOT/seeds' --index '$WORK/index'"

# Non-interactive ssh works at all?
"${SSH[@]/-t/-T}" true </dev/null || fail "ssh to the test sshd failed"

# --- drive it in an 80x24 terminal --------------------------------------------------------
tmux -L "$SOCKET" -f /dev/null new-session -d -s e2e -x "$WIDTH" -y "$HEIGHT" \
    "env -u COLUMNS -u LINES TERM=xterm-256color $(printf '%q ' "${SSH[@]}") $(printf '%q' "$REMOTE"); echo EXITED \$?; sleep 60"

screen() { tmux -L "$SOCKET" capture-pane -p -t e2e; }
wait_for() {  # wait_for TEXT [SECONDS]
    local deadline=$((SECONDS + ${2:-60}))
    while ((SECONDS < deadline)); do
        screen | grep -qF -- "$1" && return 0
        sleep 0.2
    done
    fail "'$1' did not appear"
}
wait_gone() {
    local deadline=$((SECONDS + ${2:-30}))
    while ((SECONDS < deadline)); do
        screen | grep -qF -- "$1" || return 0
        sleep 0.2
    done
    fail "'$1' did not go away"
}
keys() { tmux -L "$SOCKET" send-keys -t e2e "$@"; }

START=$(date +%s.%N)
wait_for "articles indexed"
log "first screen over ssh after $(echo "$(date +%s.%N) - $START" | bc 2>/dev/null || echo '?') s"
screen | grep -qF "Results 5" || fail "the pane strip is missing at ${WIDTH}x${HEIGHT}"

# What the explorer must answer, asked of the same index headless: the counts, the first article
# and its matches (never the typed word, which the search box itself shows).
read -r TOTAL QUOTES FIRST MATCHES < <("$PYTHON" - "$WORK/index" <<'PY'
import sys
from dossier.index.read import Reader
with Reader(sys.argv[1]) as r:
    hits = r.search("Ushakov", limit=100).hits
    quotes = r.quotes(query="Ushakov", limit=300)
    print(len(hits), len(quotes), hits[0].id, len(r.match_ranges(hits[0].id, "Ushakov")))
PY
) || fail "could not read the index"
((MATCHES >= 2)) || fail "the first article has $MATCHES match(es): n cannot be seen to move"
keys -l "Ushakov"
wait_for "$TOTAL articles · $QUOTES quotes"
screen | grep -qF " Results $TOTAL " || fail "the pane strip does not count $TOTAL results"
keys Enter
keys Enter
wait_for "match 1/$MATCHES "
screen | grep -qF "$FIRST" || fail "the first result ($FIRST) is not the article shown"
keys n
wait_for "match 2/$MATCHES "
keys Escape
sleep 0.5
# tab cycles the panes (Results, Actors, Quotes, Source): every one is reachable at 80x24
for _ in 1 2 3 4; do
    keys Tab
    sleep 0.5
    screen | grep -qF "╭─ Actors (" && break
done
wait_for "╭─ Actors ("
# nothing drawn past the terminal's width
while IFS= read -r line; do
    ((${#line} <= WIDTH)) || fail "a line is wider than $WIDTH columns"
done < <(screen)
keys q
wait_for "EXITED 0" 30

log "PASS: dossier over ssh -t at ${WIDTH}x${HEIGHT}"
