#!/usr/bin/env bash
# Generates a large text input of varied, numbered news paragraphs and runs the job on it with a 256 MB heap,
# then reports the exit code, the peak resident memory (RSS), the wall time and the heap after each GC (from the
# JVM's -Xlog:gc): the largest value, the number of full GCs and, per minute of the run, the lowest after-GC heap
# (the live set's trend: flat when memory does not grow with the input). Not part of CI: a full 1 GB run takes hours.
#
# usage: scripts/memory-check.sh [SIZE_MB] [WORK_DIR]      (defaults: 1024, a new temporary directory)
#        HEAP=128m scripts/memory-check.sh 10 /tmp/mem10   (another heap limit; default 256m)
#        GENERATOR=corpus scripts/memory-check.sh 1024 DIR (the benchmarks' CorpusGenerator, seed 42: 1 GB in ~10 s
#                                                           instead of ~40 min for the built-in awk generator)
# needs: java 17, maven (the jar is built if missing), /usr/bin/time (GNU time) for the RSS figure
# leaves in WORK_DIR: event-timeline.jar (the copy it ran), job.log, gc.log, time.txt, heap-trend.txt, reports/ (run and cumulative), data/ (HSQLDB)
set -euo pipefail

SIZE_MB=${1:-1024}
WORK=${2:-$(mktemp -d)}
HEAP=${HEAP:-256m}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/target/event-timeline.jar"

if [[ ! -f "$JAR" ]]; then
    (cd "$ROOT" && mvn -B -q -DskipTests package)
fi
mkdir -p "$WORK"
# Run a copy: a build during the run would rewrite target/event-timeline.jar under the running JVM.
cp "$JAR" "$WORK/event-timeline.jar"
JAR="$WORK/event-timeline.jar"
INPUT="$WORK/news-${SIZE_MB}mb.txt"

if [[ ! -f "$INPUT" && "${GENERATOR:-awk}" == corpus ]]; then
    if [[ ! -f "$ROOT/target/test-classes/org/eventtimeline/bench/CorpusGenerator.class" ]]; then
        (cd "$ROOT" && mvn -B -q -DskipTests test-compile)
    fi
    java -cp "$ROOT/target/test-classes" org.eventtimeline.bench.CorpusGenerator "$INPUT.part" "$SIZE_MB" 42 txt
    mv "$INPUT.part" "$INPUT"
fi
if [[ ! -f "$INPUT" ]]; then
    echo "generating ${SIZE_MB} MB of paragraphs into $INPUT"
    awk -v limit=$((SIZE_MB * 1024 * 1024)) 'BEGIN {
        split("Chicago, Illinois|Houston, Texas|Lagos, Nigeria|Kabul, Afghanistan|Manila, the Philippines|" \
              "Denver, Colorado|Karachi, Pakistan|Nairobi, Kenya|Memphis, Tennessee|Baghdad, Iraq", city, "|")
        split("January|February|March|April|May|June|July|August|September|October|November|December", month, "|")
        t[0] = "Gunmen killed %d people and wounded %d others at a market in %s on %s %d, police said (item %d)."
        t[1] = "A car bomb exploded near a checkpoint in %3$s on %4$s %5$d, killing %1$d soldiers and wounding %2$d civilians (dispatch %6$d)."
        t[2] = "At least %d people were killed and %d injured when a bus overturned outside %s on %s %d, officials said (report %d)."
        t[3] = "Floods swept through %3$s on %4$s %5$d, leaving %1$d people dead and %2$d missing, the mayor said (bulletin %6$d)."
        t[4] = "The city council of %3$s met on %4$s %5$d to discuss the budget; %1$d members voted for it and %2$d against (minutes %6$d)."
        written = 0
        for (i = 0; written < limit; i++) {
            a = 2 + i % 17; b = 1 + i % 23; c = city[1 + int(i / 7) % 10]; m = month[1 + int(i / 3) % 12]; d = 1 + i % 27
            k = i % 5
            if (k == 0 || k == 2) line = sprintf(t[k], a, b, c, m, d, i)
            else { line = t[k]; gsub(/%1\$d/, a, line); gsub(/%2\$d/, b, line); gsub(/%3\$s/, c, line)
                   gsub(/%4\$s/, m, line); gsub(/%5\$d/, d, line); gsub(/%6\$d/, i, line) }
            print line
            written += length(line) + 1
        }
    }' > "$INPUT"
fi

echo "running the job with -Xmx$HEAP on $(du -h "$INPUT" | cut -f1) (data and reports under $WORK)"
set +e
/usr/bin/time -v -o "$WORK/time.txt" java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc.log":uptime -jar "$JAR" --input="$INPUT" --reference-date=2025-03-29 \
    --output-dir="$WORK/reports" --event-timeline.data-dir="$WORK/data" --event-timeline.progress-interval=30s \
    > "$WORK/job.log" 2>&1
CODE=$?
set -e
tail -n 3 "$WORK/job.log"
echo "exit code: $CODE"
echo "peak RSS: $(awk -F': ' '/Maximum resident set size/ {printf "%.0f MB", $2 / 1024}' "$WORK/time.txt")"
echo "wall time: $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt")"
# gc.log lines look like "[12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 40M->21M(64M) 3.1ms"
awk '/Pause/ && match($0, /[0-9]+M->[0-9]+M/) {
        split(substr($0, RSTART, RLENGTH), m, "->"); after = m[2] + 0
        if (after > max) max = after
        if ($0 ~ /Pause Full/) full++
        minute = int(substr($1, 2) / 60)
        if (!(minute in low) || after < low[minute]) low[minute] = after
        if (minute > last) last = minute
    }
    END {
        printf "heap after GC: max %d MB, %d full GCs\n", max, full
        printf "lowest heap after GC per minute (MB):"
        for (i = 0; i <= last; i++) printf " %s", (i in low) ? low[i] : "-"
        printf "\n"
    }' "$WORK/gc.log" | tee "$WORK/heap-trend.txt"
exit $CODE
