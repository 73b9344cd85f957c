#include "briefingwriter.h"

#include "analytics/kpis.h"
#include "briefing/briefingstore.h"
#include "briefingdata.h"
#include "briefingpage.h"
#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace atalaya {

using namespace briefing;

namespace {

constexpr double kDpi = 600;
constexpr double kMarginMm = 15;
constexpr double kFooterMm = 9;
constexpr double kRunningHeadMm = 9;
constexpr double kCellPadMm = 2; // each side of a table cell

QSizeF paperMillimetres(BriefingPaper paper)
{
    return paper == BriefingPaper::A3 ? QSizeF(297, 420) : QSizeF(210, 297);
}

/** One cell of a table: a main line, an optional smaller line under it. */
struct Cell {
    QString text;
    QString sub;
    bool bold = false;
    QColor colour = colour::ink;
};

struct Column {
    QString title;
    double weight = 1;
    Qt::Alignment align = Qt::AlignLeft;
};

QString shortMoment(const QDateTime &moment, const QTimeZone &zone)
{
    if (!moment.isValid())
        return QString();
    return QLocale().toString(moment.toTimeZone(zone), u"d MMM, HH:mm"_s);
}

QString severityText(alerts::Severity severity)
{
    switch (severity) {
    case alerts::Severity::Critical:
        return BriefingWriter::tr("▲ Critical");
    case alerts::Severity::Warning:
        return BriefingWriter::tr("◆ Warning");
    case alerts::Severity::Info:
        break;
    }
    return BriefingWriter::tr("● Information");
}

QColor severityColour(alerts::Severity severity)
{
    switch (severity) {
    case alerts::Severity::Critical:
        return colour::alert;
    case alerts::Severity::Warning:
        return QColor(0x8a, 0x5a, 0x00);
    case alerts::Severity::Info:
        break;
    }
    return colour::accent;
}

/** Lays out and draws the pages. Run twice: without a painter to count the pages, then with one
 *  to draw them knowing "of N". Every measurement uses the PDF writer's metrics, so both runs
 *  break pages at the same places. */
class Renderer
{
public:
    Renderer(QPdfWriter &writer, QPainter *painter, const Units &u, const BriefingData &d, const BriefingOptions &options,
             int totalPages)
        : m_writer(writer)
        , m_p(painter)
        , m_u(u)
        , m_d(d)
        , m_options(options)
        , m_totalPages(totalPages)
    {
        const QSizeF paper = paperMillimetres(options.paper);
        m_page = QRectF(0, 0, u.mm(paper.width()), u.mm(paper.height()));
        m_body = QRectF(u.mm(kMarginMm), u.mm(kMarginMm), u.mm(paper.width() - 2 * kMarginMm),
                        u.mm(paper.height() - 2 * kMarginMm - kFooterMm));
        m_y = m_body.top();
    }

    int run()
    {
        // What needs a decision first: the figures, then what is open and what operators said;
        // the map and the charts, each wanting a page of its own, after. Empty alert and note
        // sections then share the first page instead of leaving a last page nearly blank.
        cover();
        kpiTable();
        alertsTable();
        notesTable();
        mapSection();
        charts();
        footer();
        return m_pageNumber;
    }

private:
    bool a3() const { return m_options.paper == BriefingPaper::A3; }
    double remaining() const { return m_body.bottom() - m_y; }

    void newPage()
    {
        footer();
        if (m_p)
            m_writer.newPage();
        ++m_pageNumber;
        m_y = m_body.top();
        runningHead();
    }
    void ensure(double height)
    {
        if (m_y + height > m_body.bottom() && m_y > m_body.top() + m_u.mm(kRunningHeadMm) + 1)
            newPage();
    }

    QString dataTimeLine() const
    {
        const QString at = BriefingWriter::formatMoment(m_d.at, m_d.zone);
        return m_d.dataTime.isValid()
            ? BriefingWriter::tr("City as at %1 (newest data %2)").arg(at, BriefingWriter::formatMoment(m_d.dataTime, m_d.zone))
            : BriefingWriter::tr("City as at %1 (no data in the store up to then)").arg(at);
    }
    QString cityName() const { return m_d.cityName.isEmpty() ? BriefingWriter::tr("The city") : m_d.cityName; }

    void footer()
    {
        if (!m_p)
            return;
        const QFont f = m_u.font(7);
        const double top = m_page.height() - m_u.mm(kMarginMm) - m_u.mm(kFooterMm) + m_u.mm(3);
        m_p->setPen(QPen(colour::rule, m_u.mm(0.25)));
        m_p->drawLine(QPointF(m_body.left(), top), QPointF(m_body.right(), top));
        m_p->setFont(f);
        m_p->setPen(colour::muted);
        const QRectF line(m_body.left(), top + m_u.mm(1), m_body.width(), m_u.mm(5));
        const QString page = m_totalPages > 0 ? BriefingWriter::tr("Page %1 of %2").arg(m_pageNumber).arg(m_totalPages)
                                              : BriefingWriter::tr("Page %1").arg(m_pageNumber);
        m_p->drawText(line, Qt::AlignRight | Qt::AlignVCenter, page);
        m_p->drawText(line.adjusted(0, 0, -m_u.mm(25), 0), Qt::AlignLeft | Qt::AlignVCenter,
                      BriefingWriter::tr("%1 · Briefing · %2").arg(cityName(), dataTimeLine()));
    }

    void runningHead()
    {
        if (m_p) {
            const QFont f = m_u.font(7.5, true);
            const QRectF line(m_body.left(), m_y, m_body.width(), m_u.mm(5));
            m_p->setFont(f);
            m_p->setPen(colour::accent);
            m_p->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, BriefingWriter::tr("%1 · Briefing").arg(cityName()));
            m_p->setFont(m_u.font(7.5));
            m_p->setPen(colour::muted);
            m_p->drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                          BriefingWriter::tr("City as at %1").arg(BriefingWriter::formatMoment(m_d.at, m_d.zone)));
            m_p->setPen(QPen(colour::rule, m_u.mm(0.25)));
            m_p->drawLine(QPointF(m_body.left(), m_y + m_u.mm(6)), QPointF(m_body.right(), m_y + m_u.mm(6)));
        }
        m_y += m_u.mm(kRunningHeadMm);
    }

    double headingHeight() const { return m_u.metrics(m_u.font(13, true)).height() + m_u.mm(3.5); }
    void heading(const QString &title, const QString &subtitle = {})
    {
        const QFont f = m_u.font(13, true);
        const double h = m_u.metrics(f).height();
        if (m_p) {
            m_p->setFont(f);
            m_p->setPen(colour::ink);
            m_p->drawText(QRectF(m_body.left(), m_y, m_body.width(), h), Qt::AlignLeft | Qt::AlignVCenter, title);
            if (!subtitle.isEmpty()) {
                const double w = m_u.metrics(f).horizontalAdvance(title);
                m_p->setFont(m_u.font(8.5));
                m_p->setPen(colour::muted);
                m_p->drawText(QRectF(m_body.left() + w + m_u.mm(3), m_y, m_body.width() - w - m_u.mm(3), h),
                              Qt::AlignLeft | Qt::AlignVCenter, subtitle);
            }
            m_p->setPen(QPen(colour::accent, m_u.mm(0.5)));
            m_p->drawLine(QPointF(m_body.left(), m_y + h + m_u.mm(0.8)), QPointF(m_body.left() + m_u.mm(18), m_y + h + m_u.mm(0.8)));
        }
        m_y += h + m_u.mm(3.5);
    }

    void cover()
    {
        const double left = m_body.left();
        const double width = m_body.width();
        if (m_p) {
            m_p->fillRect(QRectF(left, m_y, width, m_u.mm(1.6)), colour::accent);
        }
        m_y += m_u.mm(5);
        const QFont cityFont = m_u.font(12, true);
        const double cityH = m_u.metrics(cityFont).height();
        const QFont titleFont = m_u.font(30, true);
        const double titleH = m_u.metrics(titleFont).height();
        if (m_p) {
            m_p->setFont(cityFont);
            m_p->setPen(colour::accent);
            m_p->drawText(QRectF(left, m_y, width, cityH), Qt::AlignLeft | Qt::AlignVCenter, cityName());
            m_p->setFont(titleFont);
            m_p->setPen(colour::ink);
            m_p->drawText(QRectF(left, m_y + cityH, width, titleH), Qt::AlignLeft | Qt::AlignVCenter, BriefingWriter::tr("Briefing"));
        }
        m_y += cityH + titleH + m_u.mm(3);

        // The facts a reader needs before any figure: which moment, how fresh, when printed.
        const QString paper = BriefingWriter::tr("%1 portrait").arg(briefingPaperName(m_options.paper));
        const QList<std::pair<QString, QString>> facts = {
            {BriefingWriter::tr("City as at"), BriefingWriter::formatMoment(m_d.at, m_d.zone)},
            {BriefingWriter::tr("Newest data"), m_d.dataTime.isValid() ? BriefingWriter::formatMoment(m_d.dataTime, m_d.zone)
                                                                       : BriefingWriter::tr("none up to then")},
            {BriefingWriter::tr("Generated"), BriefingWriter::formatMoment(m_d.generatedAt, m_d.zone)},
            {BriefingWriter::tr("Paper"), m_totalPages > 0 ? BriefingWriter::tr("%1, %n page(s)", nullptr, m_totalPages).arg(paper) : paper},
        };
        const QFont labelFont = m_u.font(7.5);
        const QFont valueFont = m_u.font(10, true);
        const double labelH = m_u.metrics(labelFont).height();
        const double valueH = m_u.metrics(valueFont).height();
        const double bandH = labelH + valueH + m_u.mm(5);
        if (m_p) {
            m_p->fillRect(QRectF(left, m_y, width, bandH), colour::band);
            const double cellW = width / facts.size();
            for (qsizetype i = 0; i < facts.size(); ++i) {
                const QRectF cell(left + i * cellW + m_u.mm(3), m_y + m_u.mm(2.5), cellW - m_u.mm(4), bandH - m_u.mm(5));
                m_p->setFont(labelFont);
                m_p->setPen(colour::muted);
                m_p->drawText(QRectF(cell.left(), cell.top(), cell.width(), labelH), Qt::AlignLeft | Qt::AlignVCenter,
                              facts[i].first);
                m_p->setFont(valueFont);
                m_p->setPen(colour::ink);
                m_p->drawText(QRectF(cell.left(), cell.top() + labelH, cell.width(), valueH), Qt::AlignLeft | Qt::AlignVCenter,
                              m_u.metrics(valueFont).elidedText(facts[i].second, Qt::ElideRight, cell.width()));
            }
        }
        m_y += bandH + m_u.mm(2.5);

        const QString contents = BriefingWriter::tr("Contents: key figures; open alerts (%1); operator notes (%2); map; "
                                                    "epidemic and hospitals. Figures are read from the store as they stood at "
                                                    "the moment above; a figure nobody reported says \"no data\", never 0.")
                                     .arg(m_d.alerts.size())
                                     .arg(m_d.notes.size());
        paragraph(contents, m_u.font(8), colour::muted);
        m_y += m_u.mm(4);
    }

    void paragraph(const QString &text, const QFont &font, const QColor &ink)
    {
        const QRectF bounds = m_u.metrics(font).boundingRect(QRectF(0, 0, m_body.width(), 1e9), Qt::TextWordWrap, text);
        ensure(bounds.height());
        if (m_p) {
            m_p->setFont(font);
            m_p->setPen(ink);
            m_p->drawText(QRectF(m_body.left(), m_y, m_body.width(), bounds.height()), Qt::TextWordWrap, text);
        }
        m_y += bounds.height();
    }

    // --- tables that break across pages with their header repeated -------------------------

    QList<double> columnWidths(const QList<Column> &columns) const
    {
        double total = 0;
        for (const Column &c : columns)
            total += c.weight;
        QList<double> widths;
        for (const Column &c : columns)
            widths.append(m_body.width() * c.weight / total);
        return widths;
    }

    double headerHeight() const { return m_u.metrics(m_u.font(7.5, true)).height() + m_u.mm(2.5); }

    void tableHeader(const QList<Column> &columns, const QList<double> &widths)
    {
        const double h = headerHeight();
        if (m_p) {
            m_p->fillRect(QRectF(m_body.left(), m_y, m_body.width(), h), colour::band);
            m_p->setFont(m_u.font(7.5, true));
            m_p->setPen(colour::muted);
            double x = m_body.left();
            for (qsizetype i = 0; i < columns.size(); ++i) {
                m_p->drawText(QRectF(x + m_u.mm(kCellPadMm), m_y, widths[i] - m_u.mm(2 * kCellPadMm), h),
                              columns[i].align | Qt::AlignVCenter,
                              columns[i].title);
                x += widths[i];
            }
        }
        m_y += h;
    }

    double rowHeight(const QList<Cell> &row, const QList<double> &widths, const QFont &font, const QFont &subFont) const
    {
        double h = 0;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const double w = widths[i] - m_u.mm(2 * kCellPadMm);
            QFont f = font;
            f.setBold(row[i].bold);
            double cellH = m_u.metrics(f).boundingRect(QRectF(0, 0, w, 1e9), Qt::TextWordWrap, row[i].text).height();
            if (!row[i].sub.isEmpty())
                cellH += m_u.metrics(subFont).boundingRect(QRectF(0, 0, w, 1e9), Qt::TextWordWrap, row[i].sub).height();
            h = std::max(h, cellH);
        }
        return h + m_u.mm(2.6);
    }

    /** A table under a heading: the heading stays with the header and first row; a row never
     *  splits; a page break repeats the heading (marked continued) and the header. */
    void table(const QString &title, const QString &subtitle, const QList<Column> &columns, const QList<QList<Cell>> &rows,
               const QString &empty, double mainPoints = 8.5)
    {
        const QList<double> widths = columnWidths(columns);
        const QFont font = m_u.font(mainPoints);
        const QFont subFont = m_u.font(7);
        if (rows.isEmpty()) {
            ensure(headingHeight() + m_u.mm(10));
            heading(title, subtitle);
            paragraph(empty, m_u.font(9), colour::muted);
            m_y += m_u.mm(6);
            return;
        }
        ensure(headingHeight() + headerHeight() + rowHeight(rows.constFirst(), widths, font, subFont));
        heading(title, subtitle);
        tableHeader(columns, widths);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QList<Cell> &row = rows[r];
            const double h = rowHeight(row, widths, font, subFont);
            if (m_y + h > m_body.bottom()) {
                newPage();
                heading(BriefingWriter::tr("%1 (continued)").arg(title), subtitle);
                tableHeader(columns, widths);
            }
            if (m_p) {
                if (r % 2 == 1)
                    m_p->fillRect(QRectF(m_body.left(), m_y, m_body.width(), h), QColor(0xfa, 0xf9, 0xf6));
                double x = m_body.left();
                for (qsizetype i = 0; i < row.size(); ++i) {
                    const QRectF cell(x + m_u.mm(kCellPadMm), m_y + m_u.mm(1.3), widths[i] - m_u.mm(2 * kCellPadMm),
                                      h - m_u.mm(2.6));
                    QFont f = font;
                    f.setBold(row[i].bold);
                    m_p->setFont(f);
                    m_p->setPen(row[i].colour);
                    const QRectF main = m_u.metrics(f).boundingRect(QRectF(0, 0, cell.width(), 1e9), Qt::TextWordWrap, row[i].text);
                    m_p->drawText(QRectF(cell.left(), cell.top(), cell.width(), main.height()),
                                  int(columns[i].align) | int(Qt::AlignTop) | int(Qt::TextWordWrap), row[i].text);
                    if (!row[i].sub.isEmpty()) {
                        m_p->setFont(subFont);
                        m_p->setPen(colour::muted);
                        m_p->drawText(QRectF(cell.left(), cell.top() + main.height(), cell.width(), cell.height() - main.height()),
                                      int(columns[i].align) | int(Qt::AlignTop) | int(Qt::TextWordWrap), row[i].sub);
                    }
                    x += widths[i];
                }
                m_p->setPen(QPen(colour::rule, m_u.mm(0.2)));
                m_p->drawLine(QPointF(m_body.left(), m_y + h), QPointF(m_body.right(), m_y + h));
            }
            m_y += h;
        }
        m_y += m_u.mm(7);
    }

    // --- sections --------------------------------------------------------------------------

    void kpiTable()
    {
        const QList<Column> columns = {
            {BriefingWriter::tr("Indicator"), 3.2},
            {BriefingWriter::tr("Value"), 1.5, Qt::AlignRight},
            {BriefingWriter::tr("Trend"), 1.4, Qt::AlignRight},
            {BriefingWriter::tr("Compared with"), 2.0, Qt::AlignRight},
            {u""_s, 0.3},
            {BriefingWriter::tr("As of"), 1.4},
        };
        QList<QList<Cell>> rows;
        for (const Kpi &k : m_d.kpis) {
            QList<Cell> row;
            row.append({k.title, k.detail, true});
            row.append({BriefingWriter::formatKpiValue(k), k.value ? k.unit : QString(), true,
                        k.value ? colour::ink : colour::muted});
            if (k.trendPercent) {
                const double t = *k.trendPercent;
                // Half a percent either way reads as steady: the arrow must not overstate noise.
                const bool steady = std::abs(t) < 0.5;
                const bool worse = !steady && ((t > 0) == k.increaseIsBad);
                const QString arrow = steady ? u"→"_s : (t > 0 ? u"▲"_s : u"▼"_s);
                const QString sign = t > 0 ? u"+"_s : (t < 0 ? u"−"_s : QString());
                row.append({BriefingWriter::tr("%1 %2%3 %").arg(arrow, sign, QLocale().toString(std::abs(t), 'f', 1)),
                            steady ? BriefingWriter::tr("steady") : (worse ? BriefingWriter::tr("worse") : BriefingWriter::tr("better")),
                            true, steady ? colour::ink : (worse ? colour::redText : colour::okText)});
            } else {
                row.append({BriefingWriter::tr("—"), BriefingWriter::tr("no trend"), false, colour::muted});
            }
            if (k.reference)
                row.append({QLocale().toString(*k.reference, 'f', k.decimals), k.referenceLabel});
            else
                row.append({BriefingWriter::tr("—"), k.referenceLabel, false, colour::muted});
            row.append(Cell{}); // a gutter between the right-aligned figures and the dates
            row.append({k.asOf.isValid() ? shortMoment(k.asOf, m_d.zone) : BriefingWriter::tr("—"), QString(), false,
                        k.asOf.isValid() ? colour::ink : colour::muted});
            rows.append(row);
        }
        table(BriefingWriter::tr("Key figures"), BriefingWriter::tr("at %1").arg(BriefingWriter::formatMoment(m_d.at, m_d.zone)),
              columns, rows, BriefingWriter::tr("The store holds no figures up to this moment."), a3() ? 9 : 8.5);
    }

    void mapSection()
    {
        const double width = m_body.width();
        const double legendH = MapBlock::legendHeight(m_u, m_options.layers, width, m_d);
        const double natural = MapBlock::naturalHeight(width, m_d);
        // The map deserves most of a page: start a new one unless most of this one is left.
        const double wanted = std::min(natural, m_body.height() * (a3() ? 0.62 : 0.72));
        ensure(headingHeight() + wanted + legendH);
        heading(BriefingWriter::tr("Map"), BriefingWriter::tr("the city at %1").arg(BriefingWriter::formatMoment(m_d.at, m_d.zone)));
        const double mapH = std::min(natural, remaining() - legendH - m_u.mm(2));
        const QRectF mapRect(m_body.left(), m_y, width, mapH);
        const QRectF legendRect(m_body.left(), m_y + mapH + m_u.mm(1), width, legendH);
        if (m_p)
            MapBlock::draw(*m_p, mapRect, legendRect, m_u, m_d, m_options.layers);
        m_y += mapH + legendH + m_u.mm(6);
    }

    void charts()
    {
        const double casesH = m_u.mm(a3() ? 85 : 72);
        const double districtsH = Charts::districtIncidenceHeight(m_u, m_d);
        const double icuH = m_u.mm(a3() ? 80 : 62);
        if (a3()) {
            // A3 has the width for the district comparison and the hospitals side by side.
            const double rowH = std::max(districtsH, icuH);
            ensure(headingHeight() + casesH + m_u.mm(6) + rowH);
            heading(BriefingWriter::tr("Epidemic and hospitals"));
            if (m_p)
                Charts::cases(*m_p, QRectF(m_body.left(), m_y, m_body.width(), casesH), m_u, m_d);
            m_y += casesH + m_u.mm(6);
            ensure(rowH);
            const double half = (m_body.width() - m_u.mm(10)) / 2;
            if (m_p) {
                Charts::districtIncidence(*m_p, QRectF(m_body.left(), m_y, half, districtsH), m_u, m_d);
                Charts::icu(*m_p, QRectF(m_body.left() + half + m_u.mm(10), m_y, half, icuH), m_u, m_d);
            }
            m_y += rowH + m_u.mm(8);
            return;
        }
        ensure(headingHeight() + casesH);
        heading(BriefingWriter::tr("Epidemic"));
        if (m_p)
            Charts::cases(*m_p, QRectF(m_body.left(), m_y, m_body.width(), casesH), m_u, m_d);
        m_y += casesH + m_u.mm(6);
        ensure(districtsH);
        if (m_p)
            Charts::districtIncidence(*m_p, QRectF(m_body.left(), m_y, m_body.width(), districtsH), m_u, m_d);
        m_y += districtsH + m_u.mm(8);
        ensure(headingHeight() + icuH);
        heading(BriefingWriter::tr("Hospitals"));
        if (m_p)
            Charts::icu(*m_p, QRectF(m_body.left(), m_y, m_body.width(), icuH), m_u, m_d);
        m_y += icuH + m_u.mm(8);
    }

    void alertsTable()
    {
        const QList<Column> columns = {
            {BriefingWriter::tr("No."), 0.6},
            {BriefingWriter::tr("Severity"), 1.6},
            {BriefingWriter::tr("Subject"), 2.3},
            {BriefingWriter::tr("What"), 3.4},
            {BriefingWriter::tr("Raised"), 1.5},
            {BriefingWriter::tr("Acknowledged"), 1.8},
        };
        QList<QList<Cell>> rows;
        for (qsizetype i = 0; i < m_d.alerts.size(); ++i) {
            const alerts::AlertRecord &a = m_d.alerts[i];
            QList<Cell> row;
            row.append({BriefingWriter::tr("A%1").arg(i + 1), QString(), true, colour::alert});
            row.append({severityText(a.severity), QString(), true, severityColour(a.severity)});
            // An alert without a place has no marker: say so where the reader looks for it.
            row.append({a.subjectName.isEmpty() ? a.subjectKey : a.subjectName,
                        a.lat && a.lon     ? a.ruleName
                        : a.ruleName.isEmpty() ? BriefingWriter::tr("not on the map")
                                               : BriefingWriter::tr("%1 · not on the map").arg(a.ruleName),
                        true});
            row.append({a.message, QString()});
            row.append({shortMoment(a.raisedAt, m_d.zone), QString()});
            if (a.acknowledgedAt.isValid())
                row.append({BriefingWriter::tr("%1, %2").arg(a.acknowledgedBy, shortMoment(a.acknowledgedAt, m_d.zone)), a.ackComment});
            else
                row.append({BriefingWriter::tr("Not yet"), QString(), false, colour::redText});
            rows.append(row);
        }
        table(BriefingWriter::tr("Open alerts"), BriefingWriter::tr("at %1, most severe first").arg(BriefingWriter::formatMoment(m_d.at, m_d.zone)),
              columns, rows, BriefingWriter::tr("No alert was open at this moment."), 8);
    }

    void notesTable()
    {
        const QList<Column> columns = {
            {BriefingWriter::tr("No."), 0.6},
            {BriefingWriter::tr("Note"), 4.6},
            {BriefingWriter::tr("Where"), 2.0},
            {BriefingWriter::tr("Valid"), 2.2},
            {BriefingWriter::tr("By"), 1.3},
        };
        QList<QList<Cell>> rows;
        for (qsizetype i = 0; i < m_d.notes.size(); ++i) {
            const OperatorNote &n = m_d.notes[i];
            QList<Cell> row;
            row.append({BriefingWriter::tr("N%1").arg(i + 1), QString(), true, colour::note});
            row.append({n.body, QString()});
            QString where = n.regionName;
            if (n.lat && n.lon) {
                const QString point = BriefingWriter::tr("%1, %2").arg(QLocale().toString(*n.lat, 'f', 5), QLocale().toString(*n.lon, 'f', 5));
                where = where.isEmpty() ? point : BriefingWriter::tr("%1 (%2)").arg(where, point);
            }
            row.append({where, m_d.notePlaces.value(i) ? QString() : BriefingWriter::tr("not on the map")});
            row.append({BriefingWriter::tr("from %1").arg(shortMoment(n.validFrom, m_d.zone)),
                        n.validUntil.isValid() ? BriefingWriter::tr("until %1").arg(shortMoment(n.validUntil, m_d.zone))
                                               : BriefingWriter::tr("until removed")});
            row.append({n.author, QString()});
            rows.append(row);
        }
        table(BriefingWriter::tr("Operator notes"), BriefingWriter::tr("valid at %1").arg(BriefingWriter::formatMoment(m_d.at, m_d.zone)),
              columns, rows, BriefingWriter::tr("No operator note was valid at this moment."), 8.5);
    }

    QPdfWriter &m_writer;
    QPainter *m_p;
    const Units &m_u;
    const BriefingData &m_d;
    const BriefingOptions &m_options;
    const int m_totalPages;
    QRectF m_page;
    QRectF m_body;
    double m_y = 0;
    int m_pageNumber = 1;
};

void report(const BriefingOptions &options, double fraction, const QString &stage)
{
    if (options.progress)
        options.progress(fraction, stage);
}

} // namespace

std::optional<BriefingPaper> briefingPaperFromName(const QString &name)
{
    if (name.compare("A4"_L1, Qt::CaseInsensitive) == 0)
        return BriefingPaper::A4;
    if (name.compare("A3"_L1, Qt::CaseInsensitive) == 0)
        return BriefingPaper::A3;
    return std::nullopt;
}

QString briefingPaperName(BriefingPaper paper)
{
    return paper == BriefingPaper::A3 ? u"A3"_s : u"A4"_s;
}

QTimeZone BriefingWriter::cityZone(const Database &db)
{
    const QByteArray id = db.meta(u"time_zone"_s).toUtf8();
    if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    if (id == "UTC")
        return QTimeZone::UTC;
    return QTimeZone::systemTimeZone();
}

QString BriefingWriter::formatMoment(const QDateTime &moment, const QTimeZone &zone)
{
    if (!moment.isValid())
        return QString();
    const QDateTime local = moment.toTimeZone(zone);
    //: A moment in a briefing: %1 the date and time, %2 the time zone's abbreviation.
    return tr("%1 %2").arg(QLocale().toString(local, u"d MMM yyyy, HH:mm"_s), local.timeZoneAbbreviation());
}

QString BriefingWriter::formatKpiValue(const Kpi &kpi)
{
    return kpi.value ? QLocale().toString(*kpi.value, 'f', kpi.decimals) : tr("no data");
}

BriefingResult BriefingWriter::write(Database &db, const QString &path, const BriefingOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    BriefingResult result;
    const QFileInfo target(path);
    result.file = target.absoluteFilePath();
    result.at = options.at.isValid() ? options.at.toUTC() : QDateTime::currentDateTimeUtc();

    if (!QFileInfo(target.absolutePath()).isDir()) {
        result.error = tr("cannot write the briefing to '%1': the folder '%2' does not exist.")
                           .arg(QDir::toNativeSeparators(result.file), QDir::toNativeSeparators(target.absolutePath()));
        return result;
    }

    report(options, 0.0, tr("Reading the store"));
    BriefingData data;
    QString error;
    if (!loadBriefingData(db, result.at, &data, &error)) {
        result.error = error;
        result.storeError = true;
        return result;
    }
    result.dataTime = data.dataTime;

    report(options, 0.5, tr("Drawing the pages"));
    // A failed export leaves any earlier file of that name as it was.
    QSaveFile file(result.file);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("cannot write the briefing to '%1': %2.").arg(QDir::toNativeSeparators(result.file), file.errorString());
        return result;
    }
    QPdfWriter writer(&file);
    writer.setResolution(int(kDpi));
    writer.setPageLayout(QPageLayout(QPageSize(options.paper == BriefingPaper::A3 ? QPageSize::A3 : QPageSize::A4),
                                     QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(tr("%1 briefing, %2").arg(data.cityName, formatMoment(data.at, data.zone)));
    writer.setCreator(tr("Atalaya %1").arg(QCoreApplication::applicationVersion()));

    Units units;
    units.device = &writer;
    units.dpi = kDpi;
    units.fontScale = options.paper == BriefingPaper::A3 ? 1.15 : 1.0;

    const int pages = Renderer(writer, nullptr, units, data, options, 0).run();
    QPainter painter;
    if (!painter.begin(&writer)) {
        result.error = tr("cannot write the briefing to '%1': the PDF could not be started.").arg(QDir::toNativeSeparators(result.file));
        return result;
    }
    result.pages = Renderer(writer, &painter, units, data, options, pages).run();
    painter.end();
    if (!file.commit()) {
        result.error = tr("cannot write the briefing to '%1': %2.").arg(QDir::toNativeSeparators(result.file), file.errorString());
        return result;
    }

    if (options.record) {
        report(options, 0.95, tr("Recording the briefing"));
        BriefingRecord record;
        record.dataAt = data.at;
        record.createdAt = QDateTime::currentDateTimeUtc();
        record.createdBy = options.createdBy;
        record.figures = kpiValues(data.kpis);
        record.file = result.file;
        result.briefingId = BriefingStore(db).record(record);
        if (result.briefingId == 0) {
            result.storeError = true;
            result.error = tr("the briefing was written to '%1' but could not be recorded in the store %2.")
                               .arg(QDir::toNativeSeparators(result.file), QDir::toNativeSeparators(db.path()));
            return result;
        }
    }
    result.ok = true;
    result.elapsedMs = timer.elapsed();
    report(options, 1.0, tr("Done"));
    return result;
}

} // namespace atalaya
