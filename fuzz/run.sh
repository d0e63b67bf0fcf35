#!/usr/bin/env bash
# Run one fuzz target for a given time:   fuzz/run.sh TARGET SECONDS [extra libFuzzer options]
#   TARGET   extract_facts | parse_number | read_article
#   SECONDS  total fuzzing time
# The seed corpus fuzz/corpus/TARGET/ (kept in the repo) is read, never written: new inputs go to a work
# corpus under $FUZZ_OUT (default /tmp/newsfacts-fuzz/TARGET), crashes and timeouts to $FUZZ_OUT/artifacts/.
# NEWSFACTS_FUZZ_COLLECT=DIR logs each distinct failure once under DIR and keeps going (see fuzz_newsfacts.py).
# NEWSFACTS_FUZZ_SKIP_KNOWN=1 skips the inputs of already-reported findings (see docs/robustness.md).
# Without atheris (pip install atheris) a hypothesis-driven loop runs instead.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
if [[ $# -lt 2 ]]; then
    echo "usage: $0 TARGET SECONDS [libFuzzer options]" >&2
    exit 2
fi
target="$1"; seconds="$2"; shift 2
python="${PYTHON:-$root/.venv/bin/python}"
[[ -x "$python" ]] || python=python3
out="${FUZZ_OUT:-/tmp/newsfacts-fuzz/$target}"
mkdir -p "$out/work" "$out/artifacts"
if ! "$python" -c "import atheris" 2>/dev/null; then
    echo "atheris not importable: hypothesis fallback loop for ${seconds}s" >&2
    exec "$python" "$here/fuzz_newsfacts.py" "$target" --fallback "$seconds"
fi
case "$target" in
    parse_number) max_len=256 ;;
    read_article) max_len=16384 ;;
    *) max_len=4096 ;;
esac
exec "$python" "$here/fuzz_newsfacts.py" "$target" \
    -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-20}" -rss_limit_mb=4096 -max_len="$max_len" \
    -dict="$here/newsfacts.dict" -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$@" \
    "$out/work" "$here/corpus/$target"
