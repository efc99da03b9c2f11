"""A sheet as HTML for ``QTextDocument``: big type, a drawn box to tick, nothing that needs colour."""

from __future__ import annotations

from html import escape

from .sheets import Sheet

BODY_PT = 16     # body text on paper; an elderly reader should not need glasses
TITLE_PT = 26
BIG_PT = 22


def _p(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def to_html(sheet: Sheet) -> str:
    out = [f'<html><body style="font-size:{BODY_PT}pt">',
           f'<p style="font-size:{TITLE_PT}pt; font-weight:bold; margin-bottom:4pt">{_p(sheet.title)}</p>']
    if sheet.subtitle:
        out.append(f'<p style="margin-top:0">{_p(sheet.subtitle)}</p>')
    for section in sheet.sections:
        size = BIG_PT if section.big else BODY_PT
        if section.heading:
            out.append(f'<p style="font-size:{size + 2}pt; font-weight:bold; margin-top:14pt; margin-bottom:4pt">'
                       f'{_p(section.heading)}</p>')
        out.append(f'<table cellspacing="6" cellpadding="4" width="100%" style="font-size:{size}pt">')
        for line in section.lines:
            box = (f'<td width="40" valign="top" style="font-size:{size + 6}pt">&#9633;</td>' if line.tick else "")
            num = (f'<td width="{size * 3}" align="right" valign="top"><b>{line.number}.</b></td>'
                   if line.number else "")
            note = (f'<br><span style="font-size:{max(12, size - 4)}pt">{_p(line.note)}</span>' if line.note else "")
            weight = "font-weight:bold;" if section.big else ""
            out.append(f'<tr>{box}{num}<td style="{weight}">{_p(line.text)}{note}</td></tr>')
        out.append("</table>")
    if sheet.footer:
        out.append(f'<hr><p style="font-size:11pt">{_p(sheet.footer)}</p>')
    out.append("</body></html>")
    return "\n".join(out)
