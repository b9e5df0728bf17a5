// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the Curtois & Qu rostering tests: the published instances' paths, a readable list of
// hard-rule violations, and a generated instance with a known optimum (0).
#pragma once

#include "core/rostering/nrpinstance.h"
#include "core/rostering/validator.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <random>
#include <vector>

namespace tessera::rostering::testing {

inline QString instancePath(int n)
{
    return QStringLiteral(TESSERA_SHARED_DATA "/curtois-qu-nrp/txt/Instance%1.txt").arg(n);
}

inline QStringList describe(const Evaluation &e)
{
    QStringList out;
    for (const Violation &v : e.hardViolations)
        out << QStringLiteral("%1:%2:%3 %4").arg(v.rule).arg(v.staff).arg(v.day).arg(v.message);
    return out;
}

struct Generated {
    NrpInstance instance;
    Roster roster; ///< meets every hard rule and has objective 0
};

/**
 * An instance built around a roster with objective 0, so 0 is the optimum: every staff member
 * works blocks of 5 days of one shift type with 2 days off in between, the blocks staggered by
 * staff and the type changing from block to block. Rules are set just loose enough for that
 * roster (max 5 in a row, min 2 in a row and 2 days off, its weekend count as the weekend limit,
 * ±1 shift of minutes, successions t → t−1 forbidden — never followed here, as a block of one
 * type is followed by days off); cover is exactly its staffing (100 per person short, 1 over);
 * some of its days off are fixed days off, some worked cells are on-requests and some other
 * cells off-requests.
 */
inline Generated generate(int E, int H, int T, unsigned seed)
{
    std::mt19937 rng(seed);
    Generated g;
    NrpInstance &in = g.instance;
    in.days = H;
    for (int t = 0; t < T; ++t)
        in.shifts.push_back({QStringLiteral("S%1").arg(t), 480, -1, {}, {}});
    g.roster = Roster(E, H);
    for (int e = 0; e < E; ++e) {
        const int offset = int(rng() % 7);
        int type = int(rng() % unsigned(T));
        for (int d = 0; d < H; ++d) {
            const int phase = (d + offset) % 7;
            if (phase == 0 && d > 0)
                type = (type + 1 + int(rng() % 2)) % T; // a new block
            if (phase < 5)
                g.roster.set(e, d, type);
        }
    }
    for (int e = 0; e < E; ++e) {
        StaffMember s;
        s.id = QStringLiteral("N%1").arg(e);
        s.maxShifts.assign(size_t(T), 0);
        int worked = 0;
        for (int d = 0; d < H; ++d)
            if (g.roster.at(e, d) >= 0) {
                ++s.maxShifts[size_t(g.roster.at(e, d))];
                ++worked;
            }
        for (int &m : s.maxShifts)
            m += 2;
        s.maxTotalMinutes = (worked + 1) * 480;
        s.minTotalMinutes = std::max(0, worked - 1) * 480;
        s.maxConsecutiveShifts = 5;
        s.minConsecutiveShifts = 2;
        s.minConsecutiveDaysOff = 2;
        int weekends = 0;
        for (int k = 0; 7 * k + 5 < H; ++k)
            weekends += (g.roster.at(e, 7 * k + 5) >= 0 || (7 * k + 6 < H && g.roster.at(e, 7 * k + 6) >= 0)) ? 1 : 0;
        s.maxWeekends = weekends;
        in.staff.push_back(s);
    }
    in.resize();
    for (int t = 1; t < T; ++t)
        in.setForbiddenSuccession(t, t - 1);
    for (int e = 0; e < E; ++e)
        for (int d = 0; d < H; ++d) {
            const int t = g.roster.at(e, d);
            const unsigned r = rng() % 16;
            if (t < 0 && r == 0)
                in.setDayOff(e, d);
            else if (t >= 0 && r == 1)
                in.shiftOnRequests.push_back({e, d, t, 1 + int(rng() % 3)});
            else if (r == 2)
                in.shiftOffRequests.push_back({e, d, (std::max(t, 0) + 1) % T, 1 + int(rng() % 3)});
        }
    std::vector<int> staffed(size_t(H) * T, 0);
    for (int e = 0; e < E; ++e)
        for (int d = 0; d < H; ++d)
            if (g.roster.at(e, d) >= 0)
                ++staffed[size_t(d) * T + g.roster.at(e, d)];
    for (int d = 0; d < H; ++d)
        for (int t = 0; t < T; ++t)
            in.setCover(d, t, {staffed[size_t(d) * T + t], 100, 1});
    return g;
}

} // namespace tessera::rostering::testing
