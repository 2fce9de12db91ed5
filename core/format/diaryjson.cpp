#include "format/diaryjson.h"

#include "domain/inputlimits.h"
#include "experiments/experiment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <vector>

namespace td {
namespace {

// Thrown inside the parser only, caught in parseDiaryJson: the first problem ends it.
struct Invalid {
    QString path;
    QString reason;
};

[[noreturn]] void reject(const QString &path, const QString &reason) { throw Invalid{path, reason}; }

// ---- The common-shape reader (docs/performance.md "Import") --------------------------
// Most diary files are plainly valid: the app's own exports, or another program's. Such a
// file is read in one pass over its bytes: each list entry becomes a small tree of its
// own (FastTree), which the same parse functions below read as they read a QJsonValue,
// and is dropped once it is an Episode, an Intake, ... No QJsonDocument of the whole file
// is built: that was half of the import's time and most of its memory.
//
// The reader takes only what is plainly valid. On anything else (a syntax error, a key
// twice, an escape or a number in an unusual spelling, any value the parse functions
// reject) it declines, and the file is read again by QJsonDocument and the raw scan as
// before, which say exactly what is wrong and where. So every message is the general
// reader's, and a test (DiaryJson.TheCommonShapeReaderAgreesWithTheGeneralOne) checks
// that whatever this reader accepts, the general one accepts as the same diary.

struct Decline {}; // thrown inside the common-shape reader: let the general one read the file

class FastTree
{
public:
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };
    struct Node {
        Type type = Type::Null;
        bool flag = false;        // Bool: its value; String: plain (ASCII, no escapes)
        qsizetype keyBegin = 0;   // an object member's key: its bytes in the file
        qsizetype keyLength = -1; // (-1: not a member)
        qsizetype begin = 0;      // String: plain: its bytes; else its index in decoded
        qsizetype length = 0;     // String: plain: how many bytes; Array/Object: children
        qsizetype next = 0;       // the node after this one's subtree
        double number = 0;        // Number
    };

    explicit FastTree(const char *bytes) : m_bytes(bytes) {}
    void clear()
    {
        m_nodes.clear();
        m_decoded.clear();
    }
    const Node &node(qsizetype i) const { return m_nodes[size_t(i)]; }
    QLatin1StringView key(qsizetype i) const
    {
        const Node &n = node(i);
        return QLatin1StringView(m_bytes + n.keyBegin, n.keyLength);
    }
    QString string(qsizetype i) const
    {
        const Node &n = node(i);
        return n.flag ? QString::fromLatin1(m_bytes + n.begin, n.length) : m_decoded[size_t(n.begin)];
    }
    std::vector<Node> &nodes() { return m_nodes; }
    std::vector<QString> &decoded() { return m_decoded; }
    qsizetype size() const { return qsizetype(m_nodes.size()); }

private:
    const char *m_bytes;
    std::vector<Node> m_nodes;
    std::vector<QString> m_decoded;
};

class FastArray;

// One value of a FastTree, with the part of QJsonValue's interface the parse functions use
// (and its answers for the wrong type: toString() of a number is a null string, ...).
class FastValue
{
public:
    FastValue() = default; // undefined, as QJsonObject::value() of a missing key
    FastValue(const FastTree *tree, qsizetype index) : m_tree(tree), m_index(index) {}

    bool isUndefined() const { return !m_tree; }
    bool isNull() const { return is(FastTree::Type::Null); }
    bool isBool() const { return is(FastTree::Type::Bool); }
    bool isDouble() const { return is(FastTree::Type::Number); }
    bool isString() const { return is(FastTree::Type::String); }
    bool isArray() const { return is(FastTree::Type::Array); }
    bool isObject() const { return is(FastTree::Type::Object); }
    bool toBool() const { return isBool() && node().flag; }
    double toDouble() const { return isDouble() ? node().number : 0; }
    QString toString() const { return isString() ? m_tree->string(m_index) : QString(); }
    FastArray toArray() const;

    // An object's members in the file's order: f(key, value).
    template <typename F>
    void forEachMember(F f) const
    {
        if (!isObject())
            return;
        qsizetype child = m_index + 1;
        for (qsizetype k = 0; k < node().length; ++k, child = m_tree->node(child).next)
            f(m_tree->key(child), FastValue(m_tree, child));
    }
    FastValue member(QStringView key) const
    {
        FastValue found;
        forEachMember([&](QLatin1StringView k, const FastValue &v) {
            if (k == key)
                found = v;
        });
        return found;
    }

private:
    bool is(FastTree::Type t) const { return m_tree && node().type == t; }
    const FastTree::Node &node() const { return m_tree->node(m_index); }

    const FastTree *m_tree = nullptr;
    qsizetype m_index = 0;
};

class FastArray
{
public:
    FastArray() = default;
    FastArray(const FastTree *tree, qsizetype index) : m_tree(tree)
    {
        const qsizetype count = tree->node(index).length;
        m_items.reserve(count);
        for (qsizetype child = index + 1; qsizetype(m_items.size()) < count; child = tree->node(child).next)
            m_items.push_back(child);
    }
    qsizetype size() const { return qsizetype(m_items.size()); }
    FastValue operator[](qsizetype i) const
    {
        return i >= 0 && i < size() ? FastValue(m_tree, m_items[size_t(i)]) : FastValue();
    }

private:
    const FastTree *m_tree = nullptr;
    std::vector<qsizetype> m_items;
};

FastArray FastValue::toArray() const { return isArray() ? FastArray(m_tree, m_index) : FastArray(); }

// Reads one JSON value at a time from the file's bytes into a FastTree, in the strict
// grammar of RFC 8259 and only in its common spellings; Decline on anything else.
class FastScanner
{
public:
    explicit FastScanner(const QByteArray &json) : m_p(json.constData()), m_n(json.size())
    {
        if (json.startsWith("\xEF\xBB\xBF"))
            m_i = 3; // a byte-order mark before the document, as QJsonDocument allows
    }

    char peek() const { return m_i < m_n ? m_p[m_i] : '\0'; }
    bool atEnd() const { return m_i >= m_n; }
    void ws()
    {
        while (m_i < m_n && (m_p[m_i] == ' ' || m_p[m_i] == '\n' || m_p[m_i] == '\r' || m_p[m_i] == '\t'))
            ++m_i;
    }
    void expect(char c)
    {
        if (peek() != c)
            throw Decline{};
        ++m_i;
    }
    // The members of an object or the items of a list, after its opening bracket: item()
    // for each, separated by commas, up to `close`. A comma before `close` declines, as
    // item() then finds no key or value.
    template <typename F>
    void items(char close, F item)
    {
        ws();
        if (peek() != close) {
            for (;;) {
                item();
                ws();
                if (peek() != ',')
                    break;
                ++m_i;
                ws();
            }
        }
        expect(close);
    }
    // A key of plain ASCII without escapes (every key of the format), as its bytes.
    QLatin1StringView key()
    {
        expect('"');
        const qsizetype begin = m_i;
        while (m_i < m_n && m_p[m_i] != '"') {
            const auto c = static_cast<unsigned char>(m_p[m_i]);
            if (c < 0x20 || c >= 0x80 || c == '\\')
                throw Decline{};
            ++m_i;
        }
        expect('"');
        return QLatin1StringView(m_p + begin, m_i - 1 - begin);
    }
    // The value here, appended to `tree` with its subtree.
    void value(FastTree &tree, int depth = 0)
    {
        if (depth > kMaxDepth)
            throw Decline{};
        const auto self = size_t(tree.size());
        tree.nodes().emplace_back();
        FastTree::Node n;
        switch (peek()) {
        case '{':
            ++m_i;
            n.type = FastTree::Type::Object;
            items('}', [&] {
                const qsizetype keyBegin = m_i + 1;
                const QLatin1StringView k = key();
                // A key twice in one object: QJsonDocument keeps the last silently, the
                // diary refuses it (the raw scan says so).
                if (n.length >= kMaxMembers)
                    throw Decline{};
                for (qsizetype child = qsizetype(self) + 1, c = 0; c < n.length; ++c, child = tree.node(child).next)
                    if (tree.key(child) == k)
                        throw Decline{};
                ws();
                expect(':');
                ws();
                const qsizetype child = tree.size();
                value(tree, depth + 1);
                tree.nodes()[size_t(child)].keyBegin = keyBegin;
                tree.nodes()[size_t(child)].keyLength = k.size();
                ++n.length;
            });
            break;
        case '[':
            ++m_i;
            n.type = FastTree::Type::Array;
            items(']', [&] {
                value(tree, depth + 1);
                ++n.length;
            });
            break;
        case '"': string(tree, n); break;
        case 't': literal("true", n, FastTree::Type::Bool, true); break;
        case 'f': literal("false", n, FastTree::Type::Bool, false); break;
        case 'n': literal("null", n, FastTree::Type::Null, false); break;
        default: number(n);
        }
        n.next = tree.size();
        n.keyLength = -1;
        tree.nodes()[self] = n;
    }

private:
    static constexpr int kMaxDepth = 16;         // a diary's values nest four deep at most
    static constexpr qsizetype kMaxMembers = 32; // and its objects have at most 15 keys

    void literal(const char *word, FastTree::Node &n, FastTree::Type type, bool flag)
    {
        const auto len = qsizetype(std::strlen(word));
        if (m_n - m_i < len || std::memcmp(m_p + m_i, word, size_t(len)) != 0)
            throw Decline{};
        m_i += len;
        n.type = type;
        n.flag = flag;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)? with at most 17 digits (as many as the shortest form
    // of any double needs, which is what QJsonDocument writes): both readers round such a
    // decimal to the nearest double, so they read the same number. Exponents, longer
    // numbers and a negative zero are left to QJsonDocument.
    void number(FastTree::Node &n)
    {
        const qsizetype begin = m_i;
        int digits = 0;
        const auto run = [&] {
            const qsizetype from = m_i;
            while (m_i < m_n && m_p[m_i] >= '0' && m_p[m_i] <= '9')
                ++m_i;
            digits += int(m_i - from);
            return m_i - from;
        };
        if (peek() == '-')
            ++m_i;
        const qsizetype intStart = m_i;
        if (run() == 0 || (m_p[intStart] == '0' && m_i - intStart > 1))
            throw Decline{};
        if (peek() == '.') {
            ++m_i;
            if (run() == 0)
                throw Decline{};
        }
        if (peek() == 'e' || peek() == 'E' || digits > 17)
            throw Decline{};
        double v = 0;
        const auto [end, ec] = std::from_chars(m_p + begin, m_p + m_i, v);
        if (ec != std::errc() || end != m_p + m_i || (v == 0 && m_p[begin] == '-'))
            throw Decline{};
        n.type = FastTree::Type::Number;
        n.number = v;
    }

    // A string: plain ASCII kept as its bytes; one with escapes or other UTF-8 decoded as
    // the raw scan decodes it, declining what is not Unicode text.
    void string(FastTree &tree, FastTree::Node &n)
    {
        ++m_i;
        const qsizetype begin = m_i;
        bool plain = true;
        while (m_i < m_n && m_p[m_i] != '"') {
            const auto c = static_cast<unsigned char>(m_p[m_i]);
            if (c < 0x20)
                throw Decline{};
            if (c == '\\') {
                plain = false;
                ++m_i; // the escaped character (an escaped quote does not end the string)
            } else if (c >= 0x80) {
                plain = false;
            }
            ++m_i;
        }
        if (m_i >= m_n)
            throw Decline{};
        n.type = FastTree::Type::String;
        n.flag = plain;
        if (plain) {
            n.begin = begin;
            n.length = m_i - begin;
        } else {
            n.begin = qsizetype(tree.decoded().size());
            tree.decoded().push_back(decode(begin, m_i));
        }
        ++m_i; // closing quote
    }

    static int hex4(const char *p)
    {
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = p[i];
            const int d = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
            if (d < 0)
                return -1;
            v = v * 16 + d;
        }
        return v;
    }

    QString decode(qsizetype from, qsizetype to) const
    {
        QString out;
        qsizetype i = from;
        while (i < to) {
            if (m_p[i] != '\\') {
                qsizetype run = i;
                while (run < to && m_p[run] != '\\')
                    ++run;
                QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                out += utf8(QByteArrayView(m_p + i, run - i));
                if (utf8.hasError())
                    throw Decline{};
                i = run;
                continue;
            }
            const char e = m_p[i + 1];
            i += 2;
            if (e != 'u') {
                const char *escapes = "\"\\/bfnrt";
                const char16_t chars[] = u"\"\\/\b\f\n\r\t";
                const char *at = e ? std::strchr(escapes, e) : nullptr;
                if (!at)
                    throw Decline{};
                out += QChar(chars[at - escapes]);
                continue;
            }
            const int unit = to - i >= 4 ? hex4(m_p + i) : -1;
            if (unit < 0)
                throw Decline{};
            i += 4;
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const int low = to - i >= 6 && m_p[i] == '\\' && m_p[i + 1] == 'u' ? hex4(m_p + i + 2) : -1;
                if (low < 0xDC00 || low > 0xDFFF)
                    throw Decline{};
                out += QChar(char16_t(unit));
                out += QChar(char16_t(low));
                i += 6;
                continue;
            }
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                throw Decline{};
            out += QChar(char16_t(unit));
        }
        for (const QChar c : std::as_const(out))
            if (c.unicode() >= 0xFFFE) // a noncharacter: the raw scan refuses it
                throw Decline{};
        return out;
    }

    const char *m_p;
    qsizetype m_n;
    qsizetype m_i = 0;
};

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String: return u'"' + limits::excerpt(v.toString()) + u'"';
    case QJsonValue::Array: return QStringLiteral("a list");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

QString describe(const FastValue &v)
{
    if (v.isNull())
        return QStringLiteral("null");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isString())
        return u'"' + limits::excerpt(v.toString()) + u'"';
    if (v.isArray())
        return QStringLiteral("a list");
    if (v.isObject())
        return QStringLiteral("an object");
    return QStringLiteral("nothing");
}

// What Object needs of a JSON object from either reader.
QJsonValue memberOf(const QJsonValue &object, QStringView key) { return object.toObject().value(key); }
FastValue memberOf(const FastValue &object, QStringView key) { return object.member(key); }
template <typename F>
void forEachKey(const QJsonValue &object, F f)
{
    const QJsonObject o = object.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        f(it.key());
}
template <typename F>
void forEachKey(const FastValue &object, F f)
{
    object.forEachMember([&](QLatin1StringView key, const FastValue &) { f(key); });
}

QString range(double lo, double hi) { return QString::number(lo) + QChar(0x2013) + QString::number(hi); }

// An object of the file (a QJsonValue, or a FastValue of the common-shape reader) with the
// path the messages name: "episodes[3]".
template <typename Value>
class Object
{
public:
    Object(const Value &v, QString path, std::initializer_list<const char16_t *> allowed)
        : m_obj(v), m_path(std::move(path))
    {
        if (!v.isObject())
            reject(m_path, QStringLiteral("expected an object, found %1").arg(describe(v)));
        forEachKey(m_obj, [&](const auto &key) {
            bool known = false;
            for (const char16_t *k : allowed)
                known = known || key == QStringView(k);
            if (!known)
                reject(field(limits::excerpt(QString(key))), QStringLiteral("unknown key; check its spelling "
                                                                            "against the diary format"));
        });
    }

    QString field(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    bool has(const char16_t *key) const
    {
        const Value v = value(key);
        return !v.isUndefined() && !v.isNull();
    }
    Value value(const char16_t *key) const { return memberOf(m_obj, QStringView(key)); }
    QString path(const char16_t *key) const { return field(QString::fromUtf16(key)); }

    QString string(const char16_t *key, bool required = true) const
    {
        const Value v = value(key);
        if (!has(key)) {
            if (required)
                reject(path(key), QStringLiteral("is missing"));
            return {};
        }
        if (!v.isString())
            reject(path(key), QStringLiteral("expected text, found %1").arg(describe(v)));
        return v.toString();
    }

    std::optional<double> number(const char16_t *key, bool required, double lo, double hi, bool integer = false) const
    {
        const Value v = value(key);
        if (!has(key)) {
            if (required)
                reject(path(key), QStringLiteral("is missing"));
            return std::nullopt;
        }
        if (!v.isDouble())
            reject(path(key), QStringLiteral("expected a number, found %1").arg(describe(v)));
        const double d = v.toDouble();
        if (!std::isfinite(d))
            reject(path(key), QStringLiteral("is not a finite number"));
        if (integer && d != std::floor(d))
            reject(path(key), QStringLiteral("%1 is not a whole number").arg(describe(v)));
        if (d < lo || d > hi) {
            if (std::isinf(hi))
                reject(path(key), QStringLiteral("%1 is negative; it must be %2 or more").arg(describe(v)).arg(lo));
            reject(path(key), QStringLiteral("%1 is outside %2").arg(describe(v), range(lo, hi)));
        }
        return d;
    }

    QDateTime time(const char16_t *key) const
    {
        const QString text = string(key);
        const QDateTime at = parseIsoWithOffset(text);
        if (!at.isValid())
            reject(path(key), QStringLiteral("\"%1\" is not a date-time like "
                                             "2026-11-02T14:03:00+01:00")
                                  .arg(limits::excerpt(text)));
        // The diary stores offsets within ±18:00 (as ISO 8601 and QDateTime allow), and
        // dates from 1970 to tomorrow (inputlimits.h).
        if (const QString why = limits::timeProblem(at, text); !why.isEmpty())
            reject(path(key), why);
        return at;
    }

    QDate date(const char16_t *key, bool required = true) const
    {
        const QString text = string(key, required);
        if (text.isNull() && !required)
            return {};
        return checkedDate(value(key), path(key));
    }

    static QDate checkedDate(const Value &v, const QString &path)
    {
        if (!v.isString())
            reject(path, QStringLiteral("expected a date like 2026-11-02, found %1").arg(describe(v)));
        const QDate d = parseIsoDate(v.toString());
        if (!d.isValid())
            reject(path, QStringLiteral("\"%1\" is not a date like 2026-11-02").arg(limits::excerpt(v.toString())));
        if (const QString why = limits::dateProblem(d); !why.isEmpty())
            reject(path, why);
        return d;
    }

private:
    Value m_obj;
    QString m_path;
};

QJsonArray arrayAt(const QJsonObject &root, const char16_t *key)
{
    const QJsonValue v = root.value(QStringView(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        reject(QString::fromUtf16(key), QStringLiteral("expected a list, found %1").arg(describe(v)));
    return v.toArray();
}

QString item(const char16_t *key, qsizetype i) { return QStringLiteral("%1[%2]").arg(QString::fromUtf16(key)).arg(i); }

constexpr double kInf = std::numeric_limits<double>::infinity();

template <typename V>
Episode parseEpisode(const V &v, const QString &path)
{
    const Object o(v, path, {u"at", u"zone", u"side", u"duration_s", u"intensity", u"symptoms", u"note"});
    Episode e;
    e.at = o.time(u"at");
    const QString zone = o.string(u"zone");
    const auto z = zoneFromId(zone);
    if (!z)
        reject(o.path(u"zone"), QStringLiteral("\"%1\" is not a known zone (upper_eyelid, "
                                               "lower_lip, cheek, … see the diary format)")
                                    .arg(limits::excerpt(zone)));
    e.zone = *z;
    const QString side = o.string(u"side");
    const auto s = sideFromId(side);
    if (!s)
        reject(o.path(u"side"), QStringLiteral("\"%1\" is not left, right, both or centre").arg(limits::excerpt(side)));
    e.side = *s;
    if (const auto d = o.number(u"duration_s", false, limits::kDurationS.min, limits::kDurationS.max, true))
        e.durationS = int(*d);
    e.intensity = int(*o.number(u"intensity", true, limits::kIntensity.min, limits::kIntensity.max, true));
    if (o.has(u"symptoms")) {
        const auto sv = o.value(u"symptoms");
        if (!sv.isArray())
            reject(o.path(u"symptoms"), QStringLiteral("expected a list, found %1").arg(describe(sv)));
        const auto list = sv.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(o.path(u"symptoms")).arg(i);
            if (!list[i].isString())
                reject(p, QStringLiteral("expected a symptom name, found %1").arg(describe(list[i])));
            const auto sym = symptomFromId(list[i].toString());
            if (!sym)
                reject(p, QStringLiteral("\"%1\" is not a known symptom (weakness, drooping, "
                                         "numbness, pain, speech_difficulty, "
                                         "swallowing_difficulty, triggered_by_movement, "
                                         "interferes_with_daily_life)")
                              .arg(limits::excerpt(list[i].toString())));
            if (!e.symptoms.contains(*sym))
                e.symptoms.append(*sym);
        }
        std::sort(e.symptoms.begin(), e.symptoms.end());
    }
    e.note = o.string(u"note", false);
    return e;
}

template <typename V>
Intake parseIntake(const V &v, const QString &path)
{
    const Object o(v, path, {u"at", u"kind", u"name", u"amount", u"unit"});
    Intake in;
    in.at = o.time(u"at");
    const QString kind = o.string(u"kind");
    const auto k = intakeKindFromId(kind);
    if (!k)
        reject(o.path(u"kind"), QStringLiteral("\"%1\" is not caffeine, alcohol, water, food or "
                                               "supplement")
                                    .arg(limits::excerpt(kind)));
    in.kind = *k;
    in.name = o.string(u"name", false).trimmed();
    const bool needsName = in.kind == IntakeKind::Food || in.kind == IntakeKind::Supplement;
    if (needsName && in.name.isEmpty())
        reject(o.path(u"name"), QStringLiteral("a %1 entry needs a name").arg(limits::excerpt(kind)));
    const bool needsAmount = in.kind == IntakeKind::Caffeine || in.kind == IntakeKind::Alcohol ||
                             in.kind == IntakeKind::Water;
    const double maxAmount = in.kind == IntakeKind::Water ? 20 : 100000;
    in.amount = o.number(u"amount", needsAmount, 0, kInf);
    if (in.amount && *in.amount > maxAmount)
        reject(o.path(u"amount"),
               QStringLiteral("%1 is implausibly large (at most %2)").arg(*in.amount).arg(maxAmount));
    if (in.kind == IntakeKind::Food && in.amount)
        reject(o.path(u"amount"), QStringLiteral("a food entry has no amount"));
    const QString unit = o.string(u"unit", false);
    const QString expected = intakeUnit(in.kind);
    if (!unit.isNull() && unit != expected) {
        reject(o.path(u"unit"), expected.isEmpty() ? QStringLiteral("a food entry has no unit")
                                                   : QStringLiteral("\"%1\" is not the unit of %2, which is \"%3\"")
                                                         .arg(limits::excerpt(unit), kind, expected));
    }
    return in;
}

template <typename V>
Sleep parseSleep(const V &v, const QString &path)
{
    const Object o(v, path, {u"date", u"hours", u"quality"});
    Sleep s;
    s.date = o.date(u"date");
    s.hours = o.number(u"hours", false, limits::kSleepHours.min, limits::kSleepHours.max);
    if (const auto q = o.number(u"quality", false, limits::kSleepQuality.min, limits::kSleepQuality.max, true))
        s.quality = int(*q);
    if (!s.hours && !s.quality)
        reject(path, QStringLiteral("needs hours, quality or both"));
    return s;
}

template <typename V>
Stress parseStress(const V &v, const QString &path)
{
    const Object o(v, path, {u"date", u"level"});
    return Stress{o.date(u"date"),
                  int(*o.number(u"level", true, limits::kStressLevel.min, limits::kStressLevel.max, true))};
}

template <typename V>
Medication parseMedication(const V &v, const QString &path)
{
    const Object o(v, path, {u"name", u"dose", u"started", u"stopped"});
    Medication m;
    m.name = o.string(u"name").trimmed();
    if (m.name.isEmpty())
        reject(o.path(u"name"), QStringLiteral("is empty"));
    m.dose = o.string(u"dose", false);
    m.started = o.date(u"started");
    const QDate stopped = o.date(u"stopped", false);
    if (stopped.isValid()) {
        if (stopped < m.started)
            reject(o.path(u"stopped"), QStringLiteral("%1 is before the start date %2")
                                           .arg(stopped.toString(Qt::ISODate), m.started.toString(Qt::ISODate)));
        m.stopped = stopped;
    }
    return m;
}

template <typename V>
CustomFactor parseCustomFactor(const V &v, const QString &path)
{
    const Object o(v, path, {u"name", u"type", u"unit"});
    CustomFactor f;
    f.name = o.string(u"name").trimmed();
    if (f.name.isEmpty())
        reject(o.path(u"name"), QStringLiteral("is empty"));
    const QString type = o.string(u"type");
    const auto t = customFactorTypeFromId(type);
    if (!t)
        reject(o.path(u"type"), QStringLiteral("\"%1\" is not yesno or number").arg(limits::excerpt(type)));
    f.type = *t;
    f.unit = o.string(u"unit", false);
    if (f.type == CustomFactorType::YesNo && !f.unit.isEmpty())
        reject(o.path(u"unit"), QStringLiteral("a yes/no factor has no unit"));
    return f;
}

template <typename V>
CustomValue parseCustomValue(const V &v, const QString &path)
{
    const Object o(v, path, {u"date", u"name", u"value"});
    CustomValue cv;
    cv.date = o.date(u"date");
    cv.name = o.string(u"name").trimmed();
    cv.value = *o.number(u"value", true, limits::kCustomValue.min, limits::kCustomValue.max);
    return cv;
}

// An experiment's plan (docs/experiments.md "Format"): every field checked with its
// path; the schedule is kept exactly as written, never redrawn.
template <typename V>
experiments::Plan parseExperiment(const V &v, const QString &path)
{
    using namespace experiments;
    const Object o(v, path,
                   {u"title", u"factor", u"change", u"design", u"start", u"pairs", u"period_days", u"washout_days",
                    u"schedule", u"equivalence", u"pauses", u"stopped", u"note", u"before_days", u"change_days"});
    Plan p;
    p.title = o.string(u"title").trimmed();
    p.factor = o.string(u"factor").trimmed();
    static const QStringList builtIn = {QStringLiteral("sleep_hours"),   QStringLiteral("sleep_quality"),
                                        QStringLiteral("stress"),        QStringLiteral("caffeine_mg"),
                                        QStringLiteral("alcohol_units"), QStringLiteral("water_l")};
    const bool tagged = (p.factor.startsWith(u"food:") || p.factor.startsWith(u"supplement:") ||
                         p.factor.startsWith(u"custom:")) &&
                        p.factor.indexOf(u':') + 1 < p.factor.size();
    if (!builtIn.contains(p.factor) && !tagged)
        reject(o.path(u"factor"), QStringLiteral("\"%1\" is not a factor of the diary (e.g. caffeine_mg, "
                                                 "food:aspartame, supplement:magnesium, custom:NAME)")
                                      .arg(limits::excerpt(p.factor)));
    const Object change(o.value(u"change"), o.path(u"change"), {u"op", u"value"});
    const QString op = change.string(u"op");
    const auto parsedOp = opFromId(op);
    if (!parsedOp)
        reject(change.path(u"op"), QStringLiteral("\"%1\" is not <=, >=, present or absent").arg(limits::excerpt(op)));
    p.op = *parsedOp;
    if (p.op == Op::AtMost || p.op == Op::AtLeast)
        p.value = *change.number(u"value", true, limits::kExperimentValue.min, limits::kExperimentValue.max);
    else if (change.has(u"value"))
        reject(change.path(u"value"), QStringLiteral("\"%1\" takes no value").arg(op));
    const QString design = o.string(u"design");
    const auto parsedDesign = designFromId(design);
    if (!parsedDesign)
        reject(o.path(u"design"),
               QStringLiteral("\"%1\" is not paired_periods or before_after").arg(limits::excerpt(design)));
    p.design = *parsedDesign;
    // Plans reach into the future: their dates are not held to "up to tomorrow".
    auto planDate = [](const auto &value, const QString &where) {
        const QDate d = value.isString() ? parseIsoDate(value.toString()) : QDate();
        if (!d.isValid() || d < QDate(1970, 1, 1) || d > QDate(2200, 12, 31))
            reject(where, QStringLiteral("expected a date like 2026-12-07 between 1970 and 2200"));
        return d;
    };
    p.start = planDate(o.value(u"start"), o.path(u"start"));
    if (p.design == Design::PairedPeriods) {
        for (const char16_t *key : {u"before_days", u"change_days"})
            if (o.has(key))
                reject(o.path(key), QStringLiteral("belongs to the before_after design"));
        p.pairs = int(*o.number(u"pairs", true, kMinPairs, kMaxPairs, true));
        p.periodDays = int(*o.number(u"period_days", true, kMinPeriodDays, kMaxPeriodDays, true));
        p.washoutDays = int(*o.number(u"washout_days", true, 0, p.periodDays - 2, true));
        const auto schedule = o.value(u"schedule");
        if (!schedule.isArray())
            reject(o.path(u"schedule"), QStringLiteral("expected a list of \"AB\" and \"BA\", one per pair"));
        const auto list = schedule.toArray();
        if (list.size() != p.pairs)
            reject(o.path(u"schedule"), QStringLiteral("%1 entries for %2 pairs").arg(list.size()).arg(p.pairs));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString order = list[i].toString();
            if (order != u"AB" && order != u"BA")
                reject(QStringLiteral("%1[%2]").arg(o.path(u"schedule")).arg(i),
                       QStringLiteral("expected \"AB\" or \"BA\""));
            p.schedule.push_back(order == u"AB" ? Order::AB : Order::BA);
        }
    } else {
        for (const char16_t *key : {u"pairs", u"period_days", u"schedule"})
            if (o.has(key))
                reject(o.path(key), QStringLiteral("belongs to the paired_periods design"));
        p.beforeDays = int(*o.number(u"before_days", true, limits::kBeforeAfterDays.min, limits::kBeforeAfterDays.max,
                                     true));
        p.changeDays = int(*o.number(u"change_days", true, limits::kBeforeAfterDays.min, limits::kBeforeAfterDays.max,
                                     true));
    }
    if (o.has(u"equivalence")) {
        const auto eq = o.value(u"equivalence").toArray();
        if (eq.size() != 2 || !eq[0].isDouble() || !eq[1].isDouble())
            reject(o.path(u"equivalence"), QStringLiteral("expected [low, high], e.g. [0.8, 1.25]"));
        p.equivalenceLow = eq[0].toDouble();
        p.equivalenceHigh = eq[1].toDouble();
    }
    if (o.has(u"pauses") && !o.value(u"pauses").isArray())
        reject(o.path(u"pauses"), QStringLiteral("expected a list of pauses like [{\"from\": \"2026-12-07\", "
                                                 "\"to\": \"2026-12-09\"}], found %1")
                                      .arg(describe(o.value(u"pauses"))));
    const auto pauses = o.value(u"pauses").toArray(); // empty when missing or null
    for (qsizetype i = 0; i < pauses.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(o.path(u"pauses")).arg(i);
        const Object pause(pauses[i], at, {u"from", u"to"});
        p.pauses.append({planDate(pause.value(u"from"), pause.path(u"from")),
                         planDate(pause.value(u"to"), pause.path(u"to"))});
    }
    if (o.has(u"stopped"))
        p.stopped = planDate(o.value(u"stopped"), o.path(u"stopped"));
    p.note = o.string(u"note", false);
    if (const QString why = validate(p); !why.isEmpty()) {
        const qsizetype colon = why.indexOf(u':');
        reject(path + u'.' + why.left(colon), why.mid(colon + 2));
    }
    return p;
}

template <typename T, typename F>
QList<T> parseList(const QJsonObject &root, const char16_t *key, F parseOne)
{
    QList<T> result;
    const QJsonArray list = arrayAt(root, key);
    result.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        result.append(parseOne(list[i], item(key, i)));
    return result;
}

// The rules between the entries of one list, each run as soon as its list is read.
void checkSleep(const Diary &d)
{
    QSet<QDate> seen;
    for (qsizetype i = 0; i < d.sleep.size(); ++i) {
        if (seen.contains(d.sleep[i].date))
            reject(item(u"sleep", i) + QStringLiteral(".date"),
                   QStringLiteral("%1 appears twice; one night of sleep per day")
                       .arg(d.sleep[i].date.toString(Qt::ISODate)));
        seen.insert(d.sleep[i].date);
    }
}

void checkStress(const Diary &d)
{
    QSet<QDate> seen;
    for (qsizetype i = 0; i < d.stress.size(); ++i) {
        if (seen.contains(d.stress[i].date))
            reject(item(u"stress", i) + QStringLiteral(".date"),
                   QStringLiteral("%1 appears twice; one stress level per day")
                       .arg(d.stress[i].date.toString(Qt::ISODate)));
        seen.insert(d.stress[i].date);
    }
}

void checkCustomFactors(const Diary &d)
{
    QSet<QString> names;
    for (qsizetype i = 0; i < d.customFactors.size(); ++i) {
        if (names.contains(d.customFactors[i].name))
            reject(item(u"custom_factors", i) + QStringLiteral(".name"),
                   QStringLiteral("\"%1\" is defined twice").arg(limits::excerpt(d.customFactors[i].name)));
        names.insert(d.customFactors[i].name);
    }
}

// Titles are unique, and two experiments never run at once (two changes at the same time
// would confound each other).
void checkExperiments(const Diary &d)
{
    for (qsizetype i = 0; i < d.experiments.size(); ++i)
        for (qsizetype j = 0; j < i; ++j) {
            const experiments::Plan &a = d.experiments[j], &b = d.experiments[i];
            if (a.title == b.title)
                reject(item(u"experiments", i) + QStringLiteral(".title"),
                       QStringLiteral("\"%1\" is the title of experiments[%2] too")
                           .arg(limits::excerpt(b.title))
                           .arg(j));
            if (a.windowFrom() <= b.windowTo() && b.windowFrom() <= a.windowTo())
                reject(item(u"experiments", i) + QStringLiteral(".start"),
                       QStringLiteral(
                           "its window (%1 to %2) overlaps experiments[%3] (%4 to %5); one experiment runs at a time")
                           .arg(b.windowFrom().toString(Qt::ISODate), b.windowTo().toString(Qt::ISODate))
                           .arg(j)
                           .arg(a.windowFrom().toString(Qt::ISODate), a.windowTo().toString(Qt::ISODate)));
        }
}

// Needs the custom factors: a yes/no factor's values are 0 or 1.
void checkCustomValues(const Diary &d)
{
    QSet<QString> valueKeys;
    for (qsizetype i = 0; i < d.customValues.size(); ++i) {
        const CustomValue &cv = d.customValues[i];
        const QString key = cv.name + u'|' + cv.date.toString(Qt::ISODate);
        if (valueKeys.contains(key))
            reject(item(u"custom_values", i), QStringLiteral("\"%1\" on %2 appears twice")
                                                  .arg(limits::excerpt(cv.name), cv.date.toString(Qt::ISODate)));
        valueKeys.insert(key);
        for (const CustomFactor &f : std::as_const(d.customFactors)) {
            if (f.name == cv.name && f.type == CustomFactorType::YesNo && cv.value != 0 && cv.value != 1)
                reject(item(u"custom_values", i) + QStringLiteral(".value"),
                       QStringLiteral("%1 is not 1 (yes) or 0 (no)").arg(cv.value));
        }
    }
}

const std::initializer_list<const char16_t *> kRootKeys = {
    u"format",   u"version",     u"episodes",       u"intakes",       u"sleep",      u"stress",
    u"checkins", u"medications", u"custom_factors", u"custom_values", u"experiments"};

Diary parseRoot(const QJsonValue &rootValue)
{
    const Object root(rootValue, QString(), kRootKeys);
    const QString format = root.string(u"format");
    if (format != u"twitchdiary")
        reject(QStringLiteral("format"), QStringLiteral("\"%1\" is not \"twitchdiary\"; this is "
                                                        "not a Twitch Diary file")
                                             .arg(limits::excerpt(format)));
    const int version = int(*root.number(u"version", true, 1, 1e6, true));
    if (version > kDiaryFormatVersion)
        reject(QStringLiteral("version"),
               QStringLiteral("%1 is newer than this Twitch Diary reads (%2); update the app to "
                              "import this file")
                   .arg(version)
                   .arg(kDiaryFormatVersion));

    const QJsonObject obj = rootValue.toObject();
    Diary d;
    d.episodes = parseList<Episode>(obj, u"episodes", parseEpisode<QJsonValue>);
    d.intakes = parseList<Intake>(obj, u"intakes", parseIntake<QJsonValue>);
    d.sleep = parseList<Sleep>(obj, u"sleep", parseSleep<QJsonValue>);
    checkSleep(d);
    d.stress = parseList<Stress>(obj, u"stress", parseStress<QJsonValue>);
    checkStress(d);
    d.checkins = parseList<QDate>(obj, u"checkins", Object<QJsonValue>::checkedDate);
    d.medications = parseList<Medication>(obj, u"medications", parseMedication<QJsonValue>);
    d.customFactors = parseList<CustomFactor>(obj, u"custom_factors", parseCustomFactor<QJsonValue>);
    checkCustomFactors(d);
    d.experiments = parseList<experiments::Plan>(obj, u"experiments", parseExperiment<QJsonValue>);
    checkExperiments(d);
    d.customValues = parseList<CustomValue>(obj, u"custom_values", parseCustomValue<QJsonValue>);
    checkCustomValues(d);
    return d;
}

// The common-shape reader's whole file: the root's keys, each list read entry by entry.
// nullopt: declined (see FastScanner), the general reader reads it.
std::optional<Diary> readCommonShape(const QByteArray &json)
{
    enum Key {
        Format,
        Version,
        Episodes,
        Intakes,
        SleepList,
        StressList,
        Checkins,
        Medications,
        Factors,
        Values,
        Plans
    };
    try {
        FastScanner in(json);
        FastTree tree(json.constData());
        Diary d;
        quint32 seen = 0;
        in.ws();
        in.expect('{');
        in.items('}', [&] {
            const QLatin1StringView name = in.key();
            const auto found = std::find_if(kRootKeys.begin(), kRootKeys.end(),
                                            [&](const char16_t *k) { return name == QStringView(k); });
            const auto key = Key(found - kRootKeys.begin());
            if (found == kRootKeys.end() || seen & (1u << key))
                throw Decline{};
            seen |= 1u << key;
            in.ws();
            in.expect(':');
            in.ws();
            if (key == Format || key == Version) {
                tree.clear();
                in.value(tree);
                const FastValue v(&tree, 0);
                const double n = v.toDouble();
                if (key == Format ? v.toString() != u"twitchdiary"
                                  : !v.isDouble() || n != std::floor(n) || n < 1 || n > kDiaryFormatVersion)
                    throw Decline{};
                return;
            }
            in.expect('['); // a list given as null (allowed: no entries) is left to the general reader
            in.items(']', [&] {
                tree.clear();
                in.value(tree);
                const FastValue v(&tree, 0);
                const QString path; // the general reader names the place of a problem
                switch (key) {
                case Episodes: d.episodes.append(parseEpisode(v, path)); break;
                case Intakes: d.intakes.append(parseIntake(v, path)); break;
                case SleepList: d.sleep.append(parseSleep(v, path)); break;
                case StressList: d.stress.append(parseStress(v, path)); break;
                case Checkins: d.checkins.append(Object<FastValue>::checkedDate(v, path)); break;
                case Medications: d.medications.append(parseMedication(v, path)); break;
                case Factors: d.customFactors.append(parseCustomFactor(v, path)); break;
                case Values: d.customValues.append(parseCustomValue(v, path)); break;
                case Plans: d.experiments.append(parseExperiment(v, path)); break;
                case Format:
                case Version: break;
                }
            });
        });
        in.ws();
        if (!in.atEnd() || !(seen & (1u << Format)) || !(seen & (1u << Version)))
            throw Decline{};
        checkSleep(d);
        checkStress(d);
        checkCustomFactors(d);
        checkExperiments(d);
        checkCustomValues(d);
        return d;
    } catch (const Decline &) {
    } catch (const Invalid &) {
    }
    return std::nullopt;
}

// What QJsonDocument accepts silently and the diary must not: a key twice in one object
// (it keeps the last), a \\u escape of half a surrogate pair and bytes that are not UTF-8
// (it stores U+FFFD instead). A scan of the raw text, run on syntactically valid JSON only,
// with the paths the parser reports ("episodes[2].note").
class RawScan
{
    // Where the scan is, spelled out only for a message ("episodes[2].note"): building the
    // text for each of a big file's million values was most of the scan's time.
    struct Path {
        const Path *parent = nullptr;
        QString key;          // an object's key, or
        qsizetype index = -1; // a list's position
        QString text() const
        {
            const QString above = parent ? parent->text() : QString();
            if (index >= 0)
                return QStringLiteral("%1[%2]").arg(above).arg(index);
            return join(above, limits::excerpt(key));
        }
    };

public:
    explicit RawScan(const QByteArray &json) : m_b(json)
    {
        if (m_b.startsWith("\xEF\xBB\xBF"))
            m_i = 3; // a byte-order mark before the document, as QJsonDocument allows
    }
    void run()
    {
        ws();
        value(nullptr);
    }

private:
    char peek() const { return m_i < m_b.size() ? m_b.at(m_i) : '\0'; }
    void ws()
    {
        while (m_i < m_b.size() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_i;
    }
    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString text(const Path *path) { return path ? path->text() : QString(); }
    void value(const Path *path)
    {
        switch (peek()) {
        case '{': {
            ++m_i;
            // A diary's objects have a few keys: compared in a list, hashed only when there
            // are many (a hostile file's object with thousands of keys stays linear).
            QVarLengthArray<QString, 8> few;
            QSet<QString> many;
            const auto seen = [&](const QString &k) {
                return many.isEmpty() ? std::find(few.cbegin(), few.cend(), k) != few.cend() : many.contains(k);
            };
            const auto remember = [&](const QString &k) {
                if (!many.isEmpty()) {
                    many.insert(k);
                    return;
                }
                few.append(k);
                if (few.size() > 8)
                    many = QSet<QString>(few.cbegin(), few.cend());
            };
            ws();
            while (peek() != '}' && m_i < m_b.size()) {
                const QString key = string(path);
                const Path keyPath{path, key, -1};
                if (seen(key))
                    reject(keyPath.text(), QStringLiteral("the key \"%1\" appears twice in one object; "
                                                          "keep one of them")
                                               .arg(limits::excerpt(key)));
                remember(key);
                ws();
                ++m_i; // ':'
                ws();
                value(&keyPath);
                ws();
                if (peek() == ',') {
                    ++m_i;
                    ws();
                }
            }
            ++m_i;
            return;
        }
        case '[': {
            ++m_i;
            ws();
            for (qsizetype n = 0; peek() != ']' && m_i < m_b.size(); ++n) {
                const qsizetype before = m_i;
                const Path itemPath{path, QString(), n};
                value(&itemPath);
                ws();
                if (peek() == ',') {
                    ++m_i;
                    ws();
                }
                if (m_i == before)
                    ++m_i; // malformed (only scanned when QJsonDocument found bad UTF-8): move on
            }
            ++m_i;
            return;
        }
        case '"': string(path); return;
        default:
            while (m_i < m_b.size() && !std::strchr(",]} \t\r\n", peek()))
                ++m_i;
        }
    }
    static int hex4(const QByteArray &v)
    {
        bool ok = false;
        const int n = v.toInt(&ok, 16);
        return ok && v.size() == 4 ? n : -1;
    }
    // Decodes the string at m_i (its opening quote), rejecting what is not Unicode.
    QString string(const Path *path)
    {
        ++m_i;
        QString out;
        QByteArray raw;
        const auto flush = [&] {
            if (raw.isEmpty())
                return;
            QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            out += utf8(raw);
            if (utf8.hasError())
                reject(text(path), QStringLiteral("the text is not valid UTF-8; save the file as UTF-8"));
            raw.clear();
        };
        while (m_i < m_b.size() && peek() != '"') {
            if (peek() != '\\') {
                const qsizetype from = m_i;
                while (m_i < m_b.size() && peek() != '"' && peek() != '\\')
                    ++m_i;
                raw.append(m_b.constData() + from, m_i - from);
                continue;
            }
            flush();
            const char e = m_i + 1 < m_b.size() ? m_b.at(m_i + 1) : '\0';
            m_i += 2;
            if (e != 'u') {
                const char *from = "\"\\/bfnrt";
                const char16_t to[] = u"\"\\/\b\f\n\r\t";
                if (const char *at = std::strchr(from, e); at && e)
                    out += QChar(to[at - from]);
                continue;
            }
            const int unit = hex4(m_b.mid(m_i, 4));
            m_i += 4;
            if (unit >= 0xD800 && unit <= 0xDBFF && peek() == '\\' && m_i + 1 < m_b.size() && m_b.at(m_i + 1) == 'u') {
                const int low = hex4(m_b.mid(m_i + 2, 4));
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    m_i += 6;
                    out += QChar(char16_t(unit));
                    out += QChar(char16_t(low));
                    continue;
                }
            }
            if (unit >= 0xD800 && unit <= 0xDFFF)
                reject(text(path), QStringLiteral("\"\\u%1\" is half of a UTF-16 surrogate pair, which "
                                                  "is not Unicode text; correct the text")
                                       .arg(unit, 4, 16, QChar(u'0')));
            out += QChar(char16_t(unit));
        }
        flush();
        ++m_i; // closing quote
        for (const QChar c : std::as_const(out)) {
            if (c.unicode() >= 0xFFFE) // noncharacters: the diary could not keep them exactly
                reject(text(path), QStringLiteral("the text holds U+%1, a Unicode noncharacter; remove it")
                                       .arg(c.unicode(), 4, 16, QChar(u'0')));
        }
        return out;
    }

    const QByteArray &m_b;
    qsizetype m_i = 0;
};

// QJsonDocument drops a U+FEFF that starts a string when it is written as raw UTF-8
// (EF BB BF), but keeps the escape \\ufeff. Outside strings such bytes are an error either
// way, so every one (but a byte-order mark before the document, which is allowed) is
// given as the escape. An odd run of backslashes before it is left alone: that string is
// malformed and stays so.
QByteArray escapeRawByteOrderMarks(const QByteArray &json)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    qsizetype at = json.indexOf(bom, json.startsWith(bom) ? 3 : 0);
    if (at < 0)
        return json;
    QByteArray out;
    out.reserve(json.size() + 16);
    qsizetype from = 0;
    for (; at >= 0; at = json.indexOf(bom, at + 3)) {
        qsizetype slashes = 0;
        while (at - slashes - 1 >= 0 && json.at(at - slashes - 1) == '\\')
            ++slashes;
        if (slashes % 2 == 1)
            continue;
        out += json.mid(from, at - from);
        out += "\\ufeff";
        from = at + 3;
    }
    out += json.mid(from);
    return out;
}

QString lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

ParseResult parseDiaryJson(const QByteArray &raw)
{
    if (std::optional<Diary> common = readCommonShape(escapeRawByteOrderMarks(raw))) {
        ParseResult result;
        result.diary = std::move(common);
        return result;
    }
    return parseDiaryJsonGeneral(raw);
}

std::optional<Diary> parseDiaryJsonCommonShape(const QByteArray &raw)
{
    return readCommonShape(escapeRawByteOrderMarks(raw));
}

ParseResult parseDiaryJsonGeneral(const QByteArray &raw)
{
    const QByteArray json = escapeRawByteOrderMarks(raw);
    ParseResult result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        if (error.error == QJsonParseError::IllegalUTF8String) {
            // Say in which value: the scan stops at the first bad string, before the
            // place the syntax might go wrong.
            try {
                RawScan(json).run();
            } catch (const Invalid &invalid) {
                result.errorPath = invalid.path;
                result.error = invalid.reason;
                return result;
            }
        }
        result.errorPath = lineAndColumn(json, error.offset);
        result.error = QStringLiteral("malformed JSON (%1)").arg(error.errorString());
        return result;
    }
    try {
        RawScan(json).run();
        result.diary = parseRoot(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    } catch (const Invalid &invalid) {
        result.errorPath = invalid.path;
        result.error = invalid.reason;
    }
    return result;
}

QString isoWithOffset(const QDateTime &at)
{
    const int offset = at.offsetFromUtc();
    const QDateTime local = at.toOffsetFromUtc(offset);
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + (offset < 0 ? u'-' : u'+') +
           QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

namespace {

// The common shape "YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)" read by hand: a ten-year import reads
// ~90,000 of them, and the regular expression plus QDateTime::fromString took a fifth of
// the import (docs/performance.md). Anything else (no offset: local time; fractions of a
// second; hour 24) is left to the general path below, which gives the same result for
// these. nullopt: not this shape; an invalid QDateTime: this shape but no such moment.
std::optional<QDateTime> parseCommonIsoTime(const QString &text)
{
    const qsizetype n = text.size();
    if (n != 17 && n != 20 && n != 22 && n != 25)
        return std::nullopt;
    const QChar *c = text.constData();
    const auto digits = [c](qsizetype at, int count, int *out) {
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t d = c[at + i].unicode();
            if (d < u'0' || d > u'9')
                return false;
            v = v * 10 + (d - u'0');
        }
        *out = v;
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!digits(0, 4, &y) || c[4] != u'-' || !digits(5, 2, &mo) || c[7] != u'-' || !digits(8, 2, &d) || c[10] != u'T' ||
        !digits(11, 2, &h) || c[13] != u':' || !digits(14, 2, &mi))
        return std::nullopt;
    qsizetype at = 16;
    if (at < n && c[at] == u':') {
        if (at + 3 > n || !digits(at + 1, 2, &sec))
            return std::nullopt;
        at += 3;
    }
    int offset = 0;
    if (at + 1 == n && c[at] == u'Z') {
        offset = 0;
    } else if (at + 6 == n && (c[at] == u'+' || c[at] == u'-') && c[at + 3] == u':') {
        int oh = 0, om = 0;
        if (!digits(at + 1, 2, &oh) || !digits(at + 4, 2, &om) || om > 59 || oh * 3600 + om * 60 > 18 * 3600)
            return std::nullopt; // beyond ±18:00 (limits::kMaxUtcOffsetS): the general path
        offset = (c[at] == u'-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else {
        return std::nullopt;
    }
    if (h == 24)
        return std::nullopt; // "24:00" is the next day's midnight: the general path
    const QDate date(y, mo, d);
    const QTime time(h, mi, sec);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    const QDateTime local(date, time, Qt::OffsetFromUTC, offset);
    return QDateTime::fromSecsSinceEpoch(local.toSecsSinceEpoch(), Qt::OffsetFromUTC, offset);
}

} // namespace

QDateTime parseIsoWithOffset(const QString &text)
{
    if (const std::optional<QDateTime> common = parseCommonIsoTime(text))
        return *common;
    static const QRegularExpression
        re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    // Keep the wall-clock offset the entry was made in (a local time takes today's rule).
    at = at.toOffsetFromUtc(at.offsetFromUtc());
    return QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::OffsetFromUTC, at.offsetFromUtc());
}

QDate parseIsoDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!re.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QByteArray toDiaryJson(const Diary &d)
{
    QJsonArray episodes;
    for (const Episode &e : d.episodes) {
        QJsonArray symptoms;
        for (Symptom s : e.symptoms)
            symptoms.append(symptomId(s));
        QJsonObject o{{QStringLiteral("at"), isoWithOffset(e.at)}, {QStringLiteral("zone"), zoneId(e.zone)},
                      {QStringLiteral("side"), sideId(e.side)},    {QStringLiteral("intensity"), e.intensity},
                      {QStringLiteral("symptoms"), symptoms},      {QStringLiteral("note"), e.note}};
        if (e.durationS)
            o.insert(QStringLiteral("duration_s"), *e.durationS);
        episodes.append(o);
    }
    QJsonArray intakes;
    for (const Intake &i : d.intakes) {
        QJsonObject o{{QStringLiteral("at"), isoWithOffset(i.at)}, {QStringLiteral("kind"), intakeKindId(i.kind)}};
        if (!i.name.isEmpty())
            o.insert(QStringLiteral("name"), i.name);
        if (i.amount) {
            o.insert(QStringLiteral("amount"), *i.amount);
            o.insert(QStringLiteral("unit"), intakeUnit(i.kind));
        }
        intakes.append(o);
    }
    QJsonArray sleep;
    for (const Sleep &s : d.sleep) {
        QJsonObject o{{QStringLiteral("date"), s.date.toString(Qt::ISODate)}};
        if (s.hours)
            o.insert(QStringLiteral("hours"), *s.hours);
        if (s.quality)
            o.insert(QStringLiteral("quality"), *s.quality);
        sleep.append(o);
    }
    QJsonArray stress;
    for (const Stress &s : d.stress)
        stress.append(QJsonObject{{QStringLiteral("date"), s.date.toString(Qt::ISODate)},
                                  {QStringLiteral("level"), s.level}});
    QJsonArray checkins;
    for (const QDate &c : d.checkins)
        checkins.append(c.toString(Qt::ISODate));
    QJsonArray medications;
    for (const Medication &m : d.medications)
        medications.append(QJsonObject{
            {QStringLiteral("name"), m.name},
            {QStringLiteral("dose"), m.dose},
            {QStringLiteral("started"), m.started.toString(Qt::ISODate)},
            {QStringLiteral("stopped"), m.stopped ? QJsonValue(m.stopped->toString(Qt::ISODate)) : QJsonValue()}});
    QJsonArray factors;
    for (const CustomFactor &f : d.customFactors) {
        QJsonObject o{{QStringLiteral("name"), f.name}, {QStringLiteral("type"), customFactorTypeId(f.type)}};
        if (!f.unit.isEmpty())
            o.insert(QStringLiteral("unit"), f.unit);
        factors.append(o);
    }
    QJsonArray values;
    for (const CustomValue &v : d.customValues)
        values.append(QJsonObject{{QStringLiteral("date"), v.date.toString(Qt::ISODate)},
                                  {QStringLiteral("name"), v.name},
                                  {QStringLiteral("value"), v.value}});
    QJsonArray experiments;
    for (const experiments::Plan &p : d.experiments) {
        QJsonObject change{{QStringLiteral("op"), experiments::opId(p.op)}};
        if (p.op == experiments::Op::AtMost || p.op == experiments::Op::AtLeast)
            change.insert(QStringLiteral("value"), p.value);
        QJsonObject o{
            {QStringLiteral("title"), p.title},
            {QStringLiteral("factor"), p.factor},
            {QStringLiteral("change"), change},
            {QStringLiteral("design"), experiments::designId(p.design)},
            {QStringLiteral("start"), p.start.toString(Qt::ISODate)},
            {QStringLiteral("equivalence"), QJsonArray{p.equivalenceLow, p.equivalenceHigh}},
            {QStringLiteral("stopped"), p.stopped ? QJsonValue(p.stopped->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("note"), p.note}};
        if (p.design == experiments::Design::PairedPeriods) {
            o.insert(QStringLiteral("pairs"), p.pairs);
            o.insert(QStringLiteral("period_days"), p.periodDays);
            o.insert(QStringLiteral("washout_days"), p.washoutDays);
            QJsonArray schedule;
            for (experiments::Order order : p.schedule)
                schedule.append(order == experiments::Order::AB ? QStringLiteral("AB") : QStringLiteral("BA"));
            o.insert(QStringLiteral("schedule"), schedule);
        } else {
            o.insert(QStringLiteral("before_days"), p.beforeDays);
            o.insert(QStringLiteral("change_days"), p.changeDays);
        }
        QJsonArray pauses;
        for (const experiments::Pause &pause : p.pauses)
            pauses.append(QJsonObject{{QStringLiteral("from"), pause.from.toString(Qt::ISODate)},
                                      {QStringLiteral("to"), pause.to.toString(Qt::ISODate)}});
        o.insert(QStringLiteral("pauses"), pauses);
        experiments.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("twitchdiary")},
                     {QStringLiteral("version"), kDiaryFormatVersion},
                     {QStringLiteral("episodes"), episodes},
                     {QStringLiteral("intakes"), intakes},
                     {QStringLiteral("sleep"), sleep},
                     {QStringLiteral("stress"), stress},
                     {QStringLiteral("checkins"), checkins},
                     {QStringLiteral("medications"), medications},
                     {QStringLiteral("custom_factors"), factors},
                     {QStringLiteral("custom_values"), values}};
    // A diary without experiments exports exactly as before they existed.
    if (!experiments.isEmpty())
        root.insert(QStringLiteral("experiments"), experiments);
    // A text starting with U+FEFF survives QJsonDocument (and other readers) as an escape.
    return escapeRawByteOrderMarks(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace td
