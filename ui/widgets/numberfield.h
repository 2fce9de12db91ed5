// A number entry that says what is wrong beside the field instead of silently clamping:
// "Sleep must be between 0 and 24 hours." Nothing is committed until the value is valid.
#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace td::ui {

class NumberField : public QWidget
{
    Q_OBJECT
public:
    NumberField(const QString &what, const QString &unit, double minimum, double maximum, int decimals,
                QWidget *parent = nullptr);

    // The valid value, or nullopt while empty or invalid.
    std::optional<double> value() const;
    void setValue(std::optional<double> v); // shows it without committing
    void clear();
    bool hasError() const;
    QString errorText() const;
    QLineEdit *lineEdit() const { return m_edit; }
    void setPlaceholderText(const QString &text);

Q_SIGNALS:
    // The user finished editing and the text is a valid value (nullopt: field emptied).
    void committed(std::optional<double> value);

private:
    std::optional<double> parse(QString *error) const;
    void validate(bool commit);

    QString m_what;
    double m_min;
    double m_max;
    int m_decimals;
    QLineEdit *m_edit;
    QLabel *m_unit;
    QLabel *m_error;
};

} // namespace td::ui
