#pragma once

// The statistics every benchmark reports its figures with, in one place so that "median" and
// "90th percentile" mean the same in every BENCH line.

#include <QFile>
#include <QString>

#include <sys/resource.h>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <ranges>
#include <vector>

namespace atalaya::bench {

template<typename Values>
concept DoubleRange = std::ranges::input_range<Values> && std::convertible_to<std::ranges::range_value_t<Values>, double>;

namespace detail {

/** The value at rank count * tenths / 10 (0-based, rounded down) of the values in ascending
 *  order; -1.0 when there are none. Sorts a copy: callers keep their samples in run order. */
template<DoubleRange Values>
double atTenths(const Values &values, std::size_t tenths)
{
    std::vector<double> sorted;
    if constexpr (std::ranges::sized_range<Values>)
        sorted.reserve(std::size_t(std::ranges::size(values)));
    for (const auto &value : values)
        sorted.push_back(double(value));
    if (sorted.empty())
        return -1.0;
    std::sort(sorted.begin(), sorted.end());
    return sorted[std::min(sorted.size() - 1, sorted.size() * tenths / 10)];
}

} // namespace detail

/** The median of the values: the middle one of an odd count, the upper of the two middle ones of
 *  an even count (no averaging, so the figure is always a time that was measured). -1.0 for an
 *  empty list, which no duration can be. */
template<DoubleRange Values>
double median(const Values &values)
{
    return detail::atTenths(values, 5); // count * 5 / 10 == count / 2
}

/** The 90th percentile of the values: the one at rank count * 9 / 10 (rounded down, 0-based) in
 *  ascending order, the largest for fewer than ten. -1.0 for an empty list. */
template<DoubleRange Values>
double percentile90(const Values &values)
{
    return detail::atTenths(values, 9);
}

/** CPU seconds, user plus system, of the whole process and every thread it has run (`who` =
 *  RUSAGE_SELF), or of its children that have ended and been waited for (RUSAGE_CHILDREN: a
 *  QProcess once finished). Microsecond resolution. The machine is shared: when wall times
 *  swell under other load, this tells how much of a figure was the work's own. */
inline double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/** The 1, 5 and 15 minute load averages as /proc/loadavg gives them ("0.52 0.61 0.70"), to print
 *  beside figures taken on a shared machine; "unknown" where that file cannot be read. */
inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QStringLiteral("unknown");
}

} // namespace atalaya::bench
