#!/usr/bin/env bash
# Measures the whole job end to end on a generated corpus: wall time, MB/s, records/s, peak RSS and peak heap.
#
#   scripts/bench-job.sh [SIZE_MB]        # default 10; e.g. 100 or 1000
#   scripts/bench-job.sh --smoke          # ~1 MB corpus: checks only that the job exits 0 and writes event rows
#
# Options: --format txt|jsonl (default txt), --seed N (default 42), --xmx SIZE (default 512m),
#          --rebuild (run `mvn package` even when the jar exists), --keep (keep the output and data dirs).
# Corpora are cached in target/bench/ (same size and seed give the same bytes).
set -euo pipefail
cd "$(dirname "$0")/.."

size=10 format=txt seed=42 xmx=512m smoke=false rebuild=false keep=false
while [ $# -gt 0 ]; do
    case "$1" in
        --smoke) smoke=true; size=1 ;;
        --format) format="$2"; shift ;;
        --seed) seed="$2"; shift ;;
        --xmx) xmx="$2"; shift ;;
        --rebuild) rebuild=true ;;
        --keep) keep=true ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) size="$1" ;;
    esac
    shift
done

jar=target/event-timeline.jar
generator=target/test-classes/org/eventtimeline/bench/CorpusGenerator.class
if $rebuild || [ ! -f "$jar" ] || [ ! -f "$generator" ]; then
    echo "building $jar (mvn -B -q -DskipTests package)"
    mvn -B -q -DskipTests package
fi

mkdir -p target/bench
corpus="target/bench/corpus-${size}mb-seed${seed}.${format}"
if [ ! -s "$corpus" ]; then
    java -cp target/test-classes org.eventtimeline.bench.CorpusGenerator "$corpus.part" "$size" "$seed" "$format"
    mv "$corpus.part" "$corpus"
fi
bytes=$(stat -L -c %s "$corpus")

work=$(mktemp -d "${TMPDIR:-/tmp}/bench-job.XXXXXX")
trap '$keep || rm -rf "$work"' EXIT
timer=()
if [ -x /usr/bin/time ]; then
    timer=(/usr/bin/time -v -o "$work/time.txt")
fi

cp "$jar" "$work/event-timeline.jar"   # a rebuild during a long run must not change the running jar
echo "running the job on $corpus ($bytes bytes) with -Xmx$xmx; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s%N)
set +e
"${timer[@]}" java "-Xmx$xmx" "-Xlog:gc:file=$work/gc.log" -jar "$work/event-timeline.jar" \
    "--input=$PWD/$corpus" --reference-date=2025-03-29 "--output-dir=$work/out" \
    "--event-timeline.data-dir=$work/data" --logging.level.org.springframework.batch.core.step=INFO \
    >"$work/job.log" 2>&1
status=$?
set -e
end=$(date +%s%N)

csv="$work/out/events.csv"
rows=0
if [ -f "$csv" ]; then
    # one CRLF-terminated line per record after the header (quoted fields never hold CRLF)
    rows=$(( $(grep -c $'\r$' "$csv" || true) - 1 ))
fi
if [ "$status" -ne 0 ] || [ "$rows" -le 0 ]; then
    echo "FAILED: job exit $status, $rows event rows; the job's output:"
    tail -20 "$work/job.log"
    keep=true
    echo "kept $work"
    exit 1
fi

wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }')
peak_heap=$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" | cut -dM -f1 | sort -n | tail -1)
rss_kb=$(grep -oP 'Maximum resident set size \(kbytes\): \K[0-9]+' "$work/time.txt" 2>/dev/null || echo "")
grep -v 'Step: \[\|Executing step' "$work/job.log" | tail -3
if $smoke; then
    echo "smoke: OK (exit 0, $rows event rows from $bytes bytes)"
    exit 0
fi
printf 'input            %s (%s bytes, %s)\n' "$corpus" "$bytes" "$format"
printf 'wall time        %.1f s\n' "$wall"
printf 'throughput       %.2f MB/s\n' "$(awk -v b="$bytes" -v w="$wall" 'BEGIN { print b / 1e6 / w }')"
printf 'records          %d (%.0f records/s)\n' "$rows" "$(awk -v r="$rows" -v w="$wall" 'BEGIN { print r / w }')"
# tokens as the JMH benchmark counts them: runs of non-space characters
tokens=$(wc -w <"$corpus")
printf 'tokens           %d (%.0f tokens/s)\n' "$tokens" "$(awk -v t="$tokens" -v w="$wall" 'BEGIN { print t / w }')"
# each step's time as Spring Batch logs it ("Step: [report] executed in 1m2s345ms")
grep -oE 'Step: \[(extract|report|cumulativeReport)\] executed in [0-9hms]+' "$work/job.log" \
    | sed -E 's/Step: \[([a-zA-Z]+)\] executed in /\1 /' \
    | while read -r step took; do printf 'step %-17s %s\n' "$step" "$took"; done
cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$work/time.txt" 2>/dev/null || echo "?")
printf 'cpu time         %s s (user + system; %s cores)\n' "$cpu" "$(nproc)"
after_gc=$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" | cut -d'>' -f2 | tr -d M | sort -n | tail -1)
printf 'peak heap used   %s MB (before a GC, from -Xlog:gc; -Xmx%s)\n' "${peak_heap:-?}" "$xmx"
printf 'heap after GC    %s MB at most\n' "${after_gc:-?}"
printf 'peak RSS         %s MB\n' "$([ -n "$rss_kb" ] && echo $((rss_kb / 1024)) || echo '?')"
printf 'gc pauses        %d\n' "$(grep -c 'Pause' "$work/gc.log" || true)"
printf 'load after       %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
$keep && echo "kept $work"
exit 0
