#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic Curtois & Qu instance (text format) the size of the largest published ones.

Usage: gen-nrp-large.py [--staff 150] [--days 364] [--seed 1] > big.txt

Not a published instance: a stand-in with the published set's structure and rule ranges, for
memory and speed benchmarks (bench/RESULTS.md). Four 8-hour shift types E, D, L, N; L may not be
followed by E, N not by E or D; each staff member: any number of E/D/L, at most 0, 40 or 80 N,
99,840–124,800 minutes (208–260 shifts a year, scaled to the horizon), 5–6 consecutive shifts at
most, 2 in a row at least, 2 days off in a row at least, 20–30 weekends (scaled); 8 fixed days
off each (scaled); 4 shift-on and 4 shift-off requests per staff member (weights 1–3); cover
18–26 per shift type and day, 100 per person short, 1 per person over. Deterministic for a seed
(Python's random module, Mersenne Twister).
"""
import argparse
import random

p = argparse.ArgumentParser()
p.add_argument("--staff", type=int, default=150)
p.add_argument("--days", type=int, default=364)
p.add_argument("--seed", type=int, default=1)
a = p.parse_args()
rng = random.Random(a.seed)
E, H = a.staff, a.days
scale = H / 364.0
shifts = ["E", "D", "L", "N"]

out = ["# synthetic instance written by scripts/gen-nrp-large.py "
       f"--staff {E} --days {H} --seed {a.seed}",
       "SECTION_HORIZON", str(H),
       "SECTION_SHIFTS", "E,480,", "D,480,", "L,480,E", "N,480,E|D",
       "SECTION_STAFF"]
for e in range(E):
    nights = rng.choice([0, 40, 80])
    out.append(f"S{e},E={H}|D={H}|L={H}|N={round(nights * scale)},"
               f"{round(124800 * scale)},{round(99840 * scale)},{rng.choice([5, 6])},2,2,"
               f"{round(rng.choice([20, 26, 30]) * scale)}")
out.append("SECTION_DAYS_OFF")
for e in range(E):
    days = sorted(rng.sample(range(H), max(1, round(8 * scale))))
    out.append(f"S{e}," + ",".join(str(d) for d in days))
for section in ("SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS"):
    out.append(section)
    for e in range(E):
        for d in sorted(rng.sample(range(H), min(H, 4))):
            out.append(f"S{e},{d},{rng.choice(shifts)},{rng.randint(1, 3)}")
out.append("SECTION_COVER")
for d in range(H):
    for s in shifts:
        out.append(f"{d},{s},{rng.randint(18, 26)},100,1")
print("\n".join(out))
