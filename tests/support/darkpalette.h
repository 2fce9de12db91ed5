// The dark palette the window is checked with (the contrast tests and the dark
// screenshots): Fusion with colours like KDE's Breeze Dark, dim placeholder text included.
#pragma once

#include <QColor>
#include <QPalette>

namespace td::test {

inline QPalette breezeDarkPalette()
{
    const QColor window(0x31, 0x36, 0x3b), text(0xfc, 0xfc, 0xfc), disabled(0x72, 0x77, 0x7b);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x3f, 0x44, 0x48));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    return p;
}

} // namespace td::test
