#!/usr/bin/env python3
"""Reads a CorpusGenerator txt file (one paragraph a line) and writes StageProfile's corpus format:
"### referenceDate id" blocks of four paragraphs, reference dates cycling from 2025-01-01 over 87 days.
Usage: scripts/stageprofile-corpus.py IN.txt OUT.txt"""
import datetime
import sys

lines = [l.rstrip('\n') for l in open(sys.argv[1], encoding='utf-8') if l.strip()]
with open(sys.argv[2], 'w', encoding='utf-8') as out:
    for i in range(0, len(lines), 4):
        day = datetime.date(2025, 1, 1) + datetime.timedelta(days=(i // 4) % 87)
        out.write(f"### {day} a{i // 4}\n" + "\n".join(lines[i:i + 4]) + "\n\n")
