#!/usr/bin/env python3
"""Build blind set 10: five invented Japanese documents and blind-10.jsonl.

All text lives in this file. The output is byte-for-byte identical on every run
(reportlab invariant mode, fixed PDF metadata, fixed .docx core properties and
zip timestamps, UTF-8 + LF for the HTML, Markdown, plain text and jsonl).

Environment variables:
  DOCS   folder for the five documents (default: this file's folder)
  JSONL  path of the question file (default: <this file's folder>/../blind-10.jsonl)
"""
import io
import json
import os
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.environ.get("DOCS") or HERE
JSONL = os.environ.get("JSONL") or os.path.join(HERE, "..", "blind-10.jsonl")

PDF_NAME = "vaccination-guide.pdf"
DOCX_NAME = "move-in-guide.docx"
HTML_NAME = "kosodate-center.html"
MD_NAME = "shiwake-readme.md"
TXT_NAME = "news-outdoor-cinema.txt"

# ---------------------------------------------------------------------------
# 1. PDF: a clinic's vaccination guide (予防接種のご案内), 2 pages
# ---------------------------------------------------------------------------

PDF_TITLE = "予防接種のご案内"
PDF_SUBTITLE = "2026年度 秋・冬シーズン　かえで台ファミリークリニック"
PDF_DATE = "2026年9月1日発行"
PDF_FOOTER = "かえで台ファミリークリニック 内科・小児科"

# Each section: (heading, [blocks]); a block is ("p", text), ("b", bullet text),
# ("note", ※ text), ("table", rows) or ("box", lines).
PDF_SECTIONS = [
    ("ごあいさつ", [
        ("p", "朝晩の風に秋の気配が感じられる季節となりました。当院では、10月1日（木）から秋冬の予防接種を始めます。"
              "インフルエンザは例年12月ごろから流行し始め、ワクチンの効果が出るまでには接種から約2週間かかります。"
              "流行期に備えて、11月中旬までに接種を済ませておくことをおすすめしています。"
              "ご家族そろっての接種も承りますので、お気軽にご相談ください。"),
    ]),
    ("接種できるワクチンと料金", [
        ("table", [
            ["ワクチン", "対象", "回数", "料金（税込）"],
            ["インフルエンザ（13歳以上）", "13歳以上の方", "1回", "3,800円"],
            ["インフルエンザ（13歳未満）", "生後6か月〜12歳", "2回", "1回につき2,800円"],
            ["新型コロナウイルス", "生後6か月以上", "1回", "15,400円"],
            ["帯状疱疹（不活化）", "50歳以上の方", "2回", "1回につき22,000円"],
            ["高齢者肺炎球菌", "65歳の方（定期接種）", "1回", "8,200円"],
            ["おたふくかぜ", "1歳以上の方", "1回", "6,600円"],
        ]),
        ("note", "13歳未満の方のインフルエンザは、2〜4週間の間隔をあけて2回接種します。"),
        ("note", "帯状疱疹ワクチンは、2か月の間隔をあけて2回接種します。2回目の日程は、1回目の接種の際に決めさせていただきます。"),
        ("note", "料金には予診料が含まれます。診察の結果、接種を見合わせた場合は予診料1,100円のみ頂戴します。"),
    ]),
    ("ご予約の方法", [
        ("p", "予防接種は予約制です。ご予約は当院ウェブサイトの予約ページで24時間受け付けています。"
              "お電話の場合は、予約専用ダイヤルへ平日の9時から17時までにおかけください。"),
        ("p", "新型コロナウイルスワクチンは、1つの瓶から複数人分を取り分けて使うため、"
              "毎週水曜日の午後にまとめて接種を行います。"),
        ("p", "予診票は受付でお渡しするほか、当院のウェブサイトからダウンロードして印刷することもできます。"
              "ご自宅で記入してお持ちいただくと、当日の待ち時間が短くなります。"),
    ]),
    ("接種当日にお持ちいただくもの", [
        ("b", "記入済みの予診票"),
        ("b", "マイナ保険証または資格確認書"),
        ("b", "お子さまの場合は母子健康手帳（お忘れの場合は接種できません）"),
        ("b", "市の助成を受ける方は、市から届いた接種券"),
        ("p", "お子さまの接種には、保護者の方の付き添いが必要です。"
              "祖父母など保護者以外の方が付き添う場合は、委任状をご用意ください。"),
    ]),
    ("接種を控えていただく方・ご相談が必要な方", [
        ("p", "37.5度以上の発熱がある方は、当日の接種を見合わせていただきます。"),
        ("p", "これまでに予防接種で強いアレルギー反応が出たことのある方、卵アレルギーが強い方、"
              "妊娠中または妊娠の可能性がある方は、ご予約の際に必ずお申し出ください。"),
        ("p", "持病のある方や、ふだん服用しているお薬がある方は、お薬手帳をお持ちください。"),
        ("p", "ほかのワクチンとの同時接種も可能です。ただし、おたふくかぜなどの生ワクチンを接種した後に"
              "別の生ワクチンを受ける場合は、27日以上の間隔をあけてください。"),
    ]),
    ("接種後の過ごし方", [
        ("p", "接種後30分間は、院内の待合室でお過ごしください。"
              "まれに急な体調の変化が起こることがあり、その場合にすぐ対応できるようにするためです。"),
        ("p", "当日の入浴は差し支えありませんが、接種した部分を強くこすらないようにしてください。"
              "激しい運動や大量の飲酒は避けましょう。"),
        ("p", "接種した部分の腫れや赤みは、多くの場合2〜3日でおさまります。"
              "高い熱が続く、腫れが肘を越えて広がるなどの症状があるときは、当院までご連絡ください。"),
    ]),
    ("市の助成について", [
        ("p", "東浦市にお住まいの65歳以上の方は、インフルエンザの接種費用の自己負担が1,500円になります。"),
        ("p", "また、生後6か月から中学3年生までのお子さまは、インフルエンザの接種1回につき"
              "1,000円の助成を受けられます。生活保護を受けている方は自己負担がありませんので、"
              "受付でお申し出ください。"),
        ("note", "助成の対象期間は10月1日から翌年1月31日までです。期間を過ぎると全額自己負担となります。"),
        ("note", "市外にお住まいの方は、お住まいの市町村の助成制度をご確認ください。"),
    ]),
    ("お問い合わせ", [
        ("box", [
            "かえで台ファミリークリニック（内科・小児科）",
            "〒000-0000 東浦市かえで台2丁目8-3 かえでメディカルビル2階",
            "電話 000-123-4567　予約専用ダイヤル 000-123-4568",
            "診療時間 月〜土 9:00〜12:30／月・火・水・金 15:00〜18:30",
            "休診日 木曜午後・土曜午後・日曜・祝日",
        ]),
    ]),
]


def build_pdf(path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    MIN, GO = "HeiseiMin-W3", "HeiseiKakuGo-W5"
    accent = colors.HexColor("#2f6f8f")
    pale = colors.HexColor("#e6f0f5")

    title = ParagraphStyle("title", fontName=GO, fontSize=22, leading=28,
                           alignment=TA_CENTER, textColor=accent, wordWrap="CJK")
    subtitle = ParagraphStyle("subtitle", fontName=GO, fontSize=11, leading=16,
                              alignment=TA_CENTER, wordWrap="CJK")
    dateline = ParagraphStyle("date", fontName=MIN, fontSize=9, leading=13,
                              alignment=TA_RIGHT, wordWrap="CJK")
    head = ParagraphStyle("head", fontName=GO, fontSize=11.5, leading=15,
                          textColor=colors.white, backColor=accent,
                          borderPadding=(3, 6, 3, 6), spaceBefore=12,
                          spaceAfter=7, keepWithNext=1, wordWrap="CJK")
    body = ParagraphStyle("body", fontName=MIN, fontSize=10, leading=16.5,
                          firstLineIndent=10, spaceAfter=3, wordWrap="CJK")
    bullet = ParagraphStyle("bullet", parent=body, firstLineIndent=-10,
                            leftIndent=20, spaceAfter=1)
    note = ParagraphStyle("note", parent=body, fontSize=9, leading=14,
                          firstLineIndent=-9, leftIndent=9, spaceAfter=1)
    cell = ParagraphStyle("cell", fontName=MIN, fontSize=9.5, leading=13,
                          wordWrap="CJK")
    cellh = ParagraphStyle("cellh", parent=cell, fontName=GO,
                           textColor=colors.white)
    boxs = ParagraphStyle("box", fontName=MIN, fontSize=10, leading=16,
                          wordWrap="CJK")
    boxh = ParagraphStyle("boxh", parent=boxs, fontName=GO, fontSize=11)

    story = [Paragraph(PDF_TITLE, title), Spacer(1, 4),
             Paragraph(PDF_SUBTITLE, subtitle), Paragraph(PDF_DATE, dateline),
             Spacer(1, 2)]
    for heading, blocks in PDF_SECTIONS:
        story.append(Paragraph("■ " + heading, head))
        for kind, content in blocks:
            if kind == "p":
                story.append(Paragraph(content, body))
            elif kind == "b":
                story.append(Paragraph("・" + content, bullet))
            elif kind == "note":
                story.append(Paragraph("※" + content, note))
            elif kind == "table":
                rows = [[Paragraph(c, cellh) for c in content[0]]]
                rows += [[Paragraph(c, cell) for c in r] for r in content[1:]]
                t = Table(rows, colWidths=[52 * mm, 42 * mm, 15 * mm, 42 * mm])
                t.setStyle(TableStyle([
                    ("BACKGROUND", (0, 0), (-1, 0), accent),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, pale]),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a9aab")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]))
                story += [t, Spacer(1, 5)]
            elif kind == "box":
                rows = [[Paragraph(content[0], boxh)]]
                rows += [[Paragraph(line, boxs)] for line in content[1:]]
                t = Table(rows, colWidths=[160 * mm])
                t.setStyle(TableStyle([
                    ("BOX", (0, 0), (-1, -1), 1, accent),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("TOPPADDING", (0, 0), (-1, 0), 6),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ]))
                story.append(t)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(MIN, 8.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(20 * mm, 12 * mm, PDF_FOOTER)
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, "%d / 2" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
        topMargin=20 * mm, bottomMargin=22 * mm, invariant=1,
        title="予防接種のご案内 2026年度 秋・冬シーズン",
        author="かえで台ファミリークリニック",
        subject="予防接種の料金・予約・注意事項",
        creator="blind-10 build.py", producer="ReportLab",
        keywords="blind-10")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------
# 2. DOCX: 入居のしおり for an invented apartment building
# ---------------------------------------------------------------------------

DOCX_TITLE = "入居のしおり"
DOCX_SUBTITLE = "サンテラス桜川にご入居の皆さまへ"

# ("h1"|"h2"|"p"|"num"|"bullet"|"table"|"right", content)
DOCX_BODY = [
    ("h1", "1. はじめに"),
    ("p", "このたびはサンテラス桜川にご入居いただき、誠にありがとうございます。"
          "本しおりには、入居当日の手続きや日々の暮らしのルール、困ったときの連絡先をまとめました。"
          "快適な毎日をお過ごしいただくため、ご家族の皆さまにもお目通しいただき、"
          "退去されるまで大切に保管してください。"),
    ("h1", "2. 入居当日の流れ"),
    ("p", "入居当日は、次の順番でお手続きをお願いいたします。"),
    ("num", "管理事務所（1階エントランス横）で鍵の受領書に署名し、鍵を3本お受け取りください。"),
    ("num", "室内の傷や汚れを確認し、「室内状況確認書」に記入してください。"),
    ("num", "ガスの開栓に立ち会ってください（事前のご予約が必要です）。"),
    ("num", "郵便受けと宅配ボックスの暗証番号を設定してください。"),
    ("p", "室内状況確認書は、退去時の原状回復費用を公平に算定するための大切な資料です。"
          "入居前からあった傷や汚れを写真に撮って添付していただくと、後のトラブルを防ぐことができます。"
          "確認書は入居日から7日以内に管理事務所へご提出ください。"),
    ("h1", "3. ライフラインの開始手続き"),
    ("h2", "電気・ガス・水道"),
    ("p", "電気と水道は、入居日から使えるよう手配済みです。使用開始の連絡は、"
          "室内に備え付けの申込はがきを投函するか、各事業者のウェブサイトからお手続きください。"),
    ("p", "ガスは安全確認のため、開栓の際に必ず立ち会いが必要です。"
          "桜川ガスサービス（電話 000-210-4400）へ、入居日の3日前までにご予約ください。"),
    ("h2", "インターネット"),
    ("p", "全戸に光回線が無料で引き込まれており、お申し込みなしでご利用いただけます。"
          "無線LANのルーターはリビングの情報盤の中にあり、接続用のパスワードはルーター側面のシールに記載されています。"
          "回線の不具合は、サポートデスク（電話 000-210-3311、24時間受付）へご連絡ください。"),
    ("h1", "4. ごみの出し方"),
    ("p", "ごみは、建物北側のごみ集積所に、収集日の朝8時までに出してください。"
          "前の晩に出すと、カラスや猫に荒らされる原因になります。分別の方法は次の表のとおりです。"),
    ("table", [
        ["種類", "収集日", "出し方"],
        ["燃やすごみ", "月曜・木曜", "市指定の黄色い袋に入れる"],
        ["燃やさないごみ", "第2・第4水曜", "市指定の青い袋に入れる"],
        ["缶・びん・ペットボトル", "毎週金曜", "種類ごとに集積所のかごへ"],
        ["古紙・段ボール", "第1・第3水曜", "ひもで十字に縛って出す"],
        ["粗大ごみ", "事前申込制", "市の受付センターに電話で申し込む"],
    ]),
    ("p", "キッチンの油は排水管の詰まりの原因になりますので、流しに捨てず、"
          "新聞紙などに吸わせて燃やすごみとして出してください。"),
    ("h1", "5. 共同生活のルール"),
    ("p", "皆さまが気持ちよく暮らせるよう、次のルールをお守りください。"),
    ("bullet", "夜10時から朝7時までは、洗濯機や掃除機の使用、楽器の演奏をお控えください。"),
    ("bullet", "ペットの飼育は小型犬または猫1匹までとし、事前に管理事務所へ飼育届を提出してください。"),
    ("bullet", "バルコニーは避難経路を兼ねています。隔て板の前に物を置かないでください。"),
    ("bullet", "自転車は、部屋番号のシールが貼られた駐輪場の区画に止めてください。"),
    ("bullet", "共用廊下での喫煙はご遠慮ください。"),
    ("bullet", "宅配ボックスに届いた荷物は、48時間以内にお受け取りください。"),
    ("h1", "6. 設備の故障・緊急時の連絡先"),
    ("p", "水漏れ、エアコンの故障、鍵の紛失など、設備のトラブルは管理事務所"
          "（平日9時〜18時、電話 000-210-3300）へご連絡ください。"
          "夜間・休日は、24時間緊急受付センター（電話 000-210-3399）が対応いたします。"),
    ("p", "ご自身で修理業者を手配された場合、その費用をお支払いできないことがあります。"
          "修理を依頼される前に、必ず先にご連絡ください。"),
    ("p", "火災やガス漏れなど命に関わる場合は、まず119番に通報し、その後で管理事務所へお知らせください。"),
    ("h1", "7. 退去されるとき"),
    ("p", "退去の際は、退去日の1か月前までに、所定の解約届を管理事務所へご提出ください。"
          "退去日には係員が室内を確認し、お渡しした鍵をすべてお返しいただきます。"
          "鍵を紛失された場合は、シリンダー交換の費用をご負担いただきます。"),
    ("p", "退去時の原状回復の範囲については、賃貸借契約書の別紙「原状回復の考え方」をご確認ください。"),
    ("right", "2026年4月改訂　株式会社ミドリ住宅管理 サンテラス桜川管理事務所"),
]

FIXED_DT = datetime(2026, 3, 15, 9, 0, 0)
ZIP_DT = (2026, 3, 15, 9, 0, 0)


def build_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()

    def east_asian(style, font):
        rpr = style.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.insert(0, rfonts)
        rfonts.set(qn("w:eastAsia"), font)

    east_asian(doc.styles["Normal"], "游明朝")
    doc.styles["Normal"].font.size = Pt(10.5)
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2"):
        east_asian(doc.styles[name], "游ゴシック")

    doc.add_paragraph(DOCX_TITLE, style="Title")
    doc.add_paragraph(DOCX_SUBTITLE, style="Subtitle")
    for kind, content in DOCX_BODY:
        if kind == "h1":
            doc.add_heading(content, level=1)
        elif kind == "h2":
            doc.add_heading(content, level=2)
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "num":
            doc.add_paragraph(content, style="List Number")
        elif kind == "bullet":
            doc.add_paragraph(content, style="List Bullet")
        elif kind == "right":
            p = doc.add_paragraph(content)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            t = doc.add_table(rows=len(content), cols=len(content[0]))
            t.style = doc.styles["Table Grid"]
            for i, row in enumerate(content):
                for j, text in enumerate(row):
                    c = t.cell(i, j)
                    c.text = text
                    if i == 0:
                        for run in c.paragraphs[0].runs:
                            run.bold = True

    cp = doc.core_properties
    cp.title = "入居のしおり（サンテラス桜川）"
    cp.author = "株式会社ミドリ住宅管理"
    cp.last_modified_by = "株式会社ミドリ住宅管理"
    cp.subject = "入居者向けの案内"
    cp.keywords = "blind-10"
    cp.comments = "blind-10 build.py"
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT

    buf = io.BytesIO()
    doc.save(buf)
    rezip(buf.getvalue(), path)


def rezip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            dst.writestr(zi, src.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# 3. HTML: a municipal child-rearing support centre page
# ---------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>子育て支援センター「ぽかぽか」｜青葉原市</title>
<style>
body { font-family: sans-serif; line-height: 1.8; margin: 0; color: #222; }
header, footer { background: #f3efe4; padding: 0.5em 1.5em; }
nav ul { list-style: none; padding: 0; display: flex; gap: 1.2em; }
main { max-width: 48em; margin: 0 auto; padding: 1em 1.5em; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999; padding: 0.3em 0.8em; }
.note { font-size: 0.9em; }
.faq dt { font-weight: bold; margin-top: 0.8em; }
</style>
</head>
<body>
<header>
<p class="site-title"><a href="/">青葉原市 公式ウェブサイト</a></p>
<nav aria-label="グローバルナビゲーション">
<ul>
<li><a href="/">ホーム</a></li>
<li><a href="/kurashi/">くらし・手続き</a></li>
<li><a href="/kosodate/">子育て・教育</a></li>
<li><a href="/kenko/">健康・福祉</a></li>
<li><a href="/kanko/">観光・文化</a></li>
</ul>
</nav>
</header>
<main>
<p class="breadcrumb"><a href="/">ホーム</a> ＞ <a href="/kosodate/">子育て・教育</a> ＞ 子育て支援センター「ぽかぽか」</p>
<article>
<h1>子育て支援センター「ぽかぽか」</h1>
<p class="updated">更新日：2026年4月1日</p>
<p>子育て支援センター「ぽかぽか」は、0歳から小学校入学前のお子さんと保護者の方が、自由に遊び、交流できる施設です。子育ての悩みを保育士に相談したり、同じ年ごろのお子さんを持つ保護者同士で情報を交換したりできます。利用は無料で、市外にお住まいの方もご利用いただけます。</p>

<h2>施設の概要</h2>
<dl class="outline">
<dt>所在地</dt>
<dd>青葉原市本町3丁目5番1号 複合施設「みらいプラザ」3階</dd>
<dt>開所時間</dt>
<dd>午前9時30分から午後4時まで（正午から午後1時までは昼食の時間です）</dd>
<dt>休所日</dt>
<dd>日曜日、祝日、年末年始（12月29日から1月3日）</dd>
<dt>対象</dt>
<dd>0歳から小学校入学前のお子さんと、その保護者</dd>
<dt>電話</dt>
<dd>000-555-0123</dd>
</dl>

<h2>センターでできること</h2>
<ul>
<li>室内遊び場（ボールプール、絵本コーナー、赤ちゃん専用スペース）の利用</li>
<li>保育士や子育て支援員による子育て相談（予約不要）</li>
<li>授乳室・おむつ替えコーナーの利用</li>
<li>子育て講座や季節の行事への参加</li>
</ul>
<p>初めて来所されたときは、受付で利用者カードを作ります。お子さんのお名前と生年月日、保護者の連絡先をご記入ください。2回目からは、カードを見せるだけで入室できます。</p>

<h3>子育て相談</h3>
<p>お子さんの発達や食事、睡眠のこと、保護者ご自身の気持ちの落ち込みなど、どんなことでもご相談ください。保育士のほか、毎月第1木曜日には市の保健師も来所します。お電話での相談も受け付けています。</p>

<h3>主な講座・イベント</h3>
<p>「はじめての離乳食教室」は毎月第2火曜日、「パパと遊ぼう」は毎月第4土曜日に開いています。講座は定員制のため、開催月の前月15日から、電話または窓口で申し込みを受け付けます。</p>

<h3>ご利用にあたってのお願い</h3>
<ul class="notice">
<li>お子さんから目を離さないよう、保護者の方が責任を持って見守ってください。</li>
<li>おもちゃを口に入れたときは消毒しますので、職員にお渡しください。</li>
<li>室内での飲食は、決められた飲食スペースでお願いします。</li>
<li>保護者やお子さんの体調がすぐれないときは、来所をお控えください。</li>
</ul>

<h2>一時預かり事業</h2>
<p>保護者の通院や冠婚葬祭、育児疲れのリフレッシュなどの理由で、一時的にお子さんをお預かりします。生後4か月から小学校入学前のお子さんが対象で、あらかじめ利用登録が必要です。</p>

<h3>利用料金</h3>
<table>
<thead>
<tr><th>区分</th><th>利用時間</th><th>料金</th></tr>
</thead>
<tbody>
<tr><td>半日</td><td>4時間まで</td><td>1,200円</td></tr>
<tr><td>1日</td><td>4時間を超え8時間まで</td><td>2,400円</td></tr>
<tr><td>延長</td><td>30分ごと</td><td>300円</td></tr>
<tr><td>昼食</td><td>希望者のみ</td><td>400円</td></tr>
</tbody>
</table>
<p class="note">※ きょうだいで利用する場合、2人目からは料金が半額になります。</p>
<p class="note">※ 住民税非課税世帯の方は、申請により料金が免除されます。</p>

<h3>利用の流れ</h3>
<ol>
<li>市役所こども家庭課、またはセンターの窓口で利用登録をします（登録の際に面談があります）。</li>
<li>利用日の7日前から、前日の正午までに、電話で予約します。</li>
<li>当日は、着替え・おむつ・飲み物を持って、お子さんと一緒にお越しください。</li>
</ol>

<h2>よくある質問</h2>
<dl class="faq">
<dt>Q. 予約なしで遊びに行ってもいいですか？</dt>
<dd>A. はい、室内遊び場は予約なしでご利用いただけます。ただし、混雑しているときは入室をお待ちいただくことがあります。</dd>
<dt>Q. 上の子も一緒に連れて行けますか？</dt>
<dd>A. 小学生のきょうだいは、夏休みなどの長期休暇中に限り、保護者と一緒にご利用いただけます。</dd>
<dt>Q. 子どもが病気のときも、一時預かりを利用できますか？</dt>
<dd>A. 発熱や感染症の症状があるお子さんはお預かりできません。ほかのお子さんへの感染を防ぐためです。病気のときは、市立病院に併設された病児保育室「すくすく」をご利用ください。</dd>
<dt>Q. ベビーカーのまま行けますか？</dt>
<dd>A. みらいプラザにはエレベーターがあり、ベビーカーのまま3階までお越しいただけます。センターの入り口にベビーカー置き場があります。</dd>
<dt>Q. 持ち物に名前は必要ですか？</dt>
<dd>A. 取り違えを防ぐため、着替えやおむつなどの持ち物には、すべてお名前を書いてください。</dd>
</dl>

<aside class="related">
<h2>関連ページ</h2>
<ul>
<li><a href="/kosodate/hoikusho/">保育所の入所案内</a></li>
<li><a href="/kosodate/byoji/">病児保育室「すくすく」</a></li>
<li><a href="/kosodate/kenshin/">乳幼児健康診査</a></li>
</ul>
</aside>
</article>
</main>
<footer>
<p>このページに関するお問い合わせ：こども家庭課 子育て支援係（電話 000-555-0100）</p>
<p>青葉原市役所 〒000-0000 青葉原市本町1丁目1番1号</p>
<p><small>&copy; 2026 Aobahara City</small></p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 4. Markdown: README-style documentation page of an invented CLI tool
# ---------------------------------------------------------------------------

MD = """---
title: "shiwake ドキュメント"
description: "ファイルを自動で仕分けするコマンドラインツール shiwake の概要と使い方"
version: 0.8.2
updated: 2026-02-10
lang: ja
---

# shiwake（仕分け）

shiwake は、ダウンロードフォルダや写真フォルダにたまったファイルを、あらかじめ決めたルールに従って自動で仕分けするコマンドラインツールである。拡張子、ファイル名、日付などの条件を組み合わせて、ファイルごとに移動先のフォルダを決められる。

もともとは作者が自分のパソコンを片付けるために書いた小さなスクリプトだったが、同じ悩みを持つ人が多かったため公開した。現在は、研究室や小さな事務所の共有フォルダの整理にも使われている。

> **注意**: 0.x 系のため、設定ファイルの書式は予告なく変わる可能性がある。バージョンを上げる前には、必ず[変更履歴](CHANGELOG.md)を確認してほしい。

## 特長

- 設定は TOML 形式のファイル1つにまとめて書ける
- 実行前に、移動の予定を一覧で確認できる（ドライラン）
- 写真は撮影日時（Exif）をもとに、撮影した年月ごとのフォルダへ分けられる
- 処理の記録を残すので、直前の仕分けを取り消せる
- 外部のサービスにデータを送らず、すべて手元のパソコンの中で処理する

## 動作環境

shiwake の実行には Python 3.10 以上が必要である。OS ごとの対応状況は次のとおり。

| OS | 対応状況 | 備考 |
|---|---|---|
| Linux | 対応 | 主要なディストリビューションで動作を確認済み |
| macOS | 対応 | macOS 13 以降を推奨 |
| Windows | 試験的に対応 | ネットワークドライブ上では動作しない |

## インストール

pipx を使ってインストールするのがいちばん手軽である。

```sh
pipx install shiwake
```

インストールが終わったら、次のコマンドでバージョン番号が表示されることを確かめておく。

```sh
shiwake --version
```

## 使い方

### 1. ルールを書く

設定ファイルは `~/.config/shiwake/rules.toml` に置く。次の例では、PDF を「書類」フォルダへ、JPEG を撮影した年月ごとのフォルダへ移動する。

```toml
[[rule]]
name = "pdf"
match = { ext = ["pdf"] }
dest = "~/書類"

[[rule]]
name = "photos"
match = { ext = ["jpg", "jpeg"] }
dest = "~/写真/{year}/{month}"
```

ルールは上から順に評価され、最初に一致したルールだけが適用される。どのルールにも一致しなかったファイルは、その場に残る。

### 2. ドライランで確かめる

新しいルールを試すときは、必ず `--dry-run` を付けて実行し、どのファイルがどこへ移動するのかを確かめてほしい。実際には何も移動しないので、安心して試せる。

```sh
shiwake run ~/Downloads --dry-run
```

### 3. 本番の実行

```sh
shiwake run ~/Downloads
```

移動先に同じ名前のファイルがあるときは、既定では上書きせず、名前の末尾に連番を付けて保存する。この動作は `--on-conflict` オプションで変えられる。

### 4. 元に戻す

仕分けの結果が思っていたものと違ったときは、次のコマンドを実行すると、直前の実行で移動したファイルを元の場所に戻せる。

```sh
shiwake undo
```

戻せるのは直前の1回分だけである。それより前の実行については、記録ファイルを見ながら手作業で戻す必要がある。

## 主なオプション

| オプション | 説明 | 既定値 |
|---|---|---|
| `--dry-run` | 実際には移動せず、予定だけを表示する | なし |
| `--copy` | 移動ではなくコピーする | なし |
| `--on-conflict` | 同名のファイルがあるときの動作を選ぶ | rename |
| `--date-source` | 日付の判断に使う情報を選ぶ | exif |
| `--jobs` | 同時に処理するファイルの数 | 4 |

## よくあるトラブル

### 「permission denied」と表示される

移動先のフォルダに書き込む権限があるかを確認する。macOS では、ターミナルにフルディスクアクセスを許可していないと、書類フォルダなどを読み書きできないことがある。

### 日本語のファイル名が文字化けする

Windows では、ターミナルの文字コードを UTF-8 に切り替えてから実行してほしい。設定ファイル自体も UTF-8 で保存しておく必要がある。

### 写真が「日付不明」フォルダに入ってしまう

スクリーンショットや、編集アプリで書き出した画像には、撮影日時が記録されていないことが多い。その場合は `--date-source mtime` を指定すれば、ファイルの更新日時をもとに仕分けできる。

## 開発に参加する

バグの報告や機能の提案はいつでも歓迎する。参加する前に、次の点を確認してほしい。

- Issue を立てる前に、同じ内容の Issue がないか検索する
- プルリクエストは main ではなく、開発用ブランチ（develop）に向ける
- 変更にはテストを添え、手元ですべてのテストが通ることを確かめる
- コミットメッセージは日本語でも英語でもよい

質問や相談は、Issue ではなく [Discussions](https://example.com/shiwake/discussions) に書き込んでもらえると助かる。

## ライセンス

MIT ライセンスで公開している。詳しくは [LICENSE](LICENSE) を参照のこと。

## 関連リンク

- [変更履歴](CHANGELOG.md)
- [英語版の README](README.en.md)
- [設定ファイルの詳しい書き方](docs/rules.md)
"""

# ---------------------------------------------------------------------------
# 5. Plain text: a local news article (UTF-8, LF)
# ---------------------------------------------------------------------------

NEWS_PARAS = [
    "廃校の校庭に1,400人　もみじ町で野外上映会「星空シネマ」",
    "2026年8月23日　北沢日報",
    "【もみじ町】廃校となった旧もみじ北小学校の校庭で22日夜、地元の若者らでつくる実行委員会が主催する野外上映会「星空シネマ」が開かれ、町の人口の約4分の1にあたる約1,400人が訪れた。",
    "上映会は、2024年3月に閉校した同校の活用策を話し合う町民会議から生まれた企画で、今年が2回目。昨年は体育館で試験的に開き、約400人が集まった。今年は会場を校庭に移し、幅12メートルの大型スクリーンを設けた。昨年は上映開始の前に満員となり、入りきれずに帰った人が多かったためだ。雨天の場合は体育館で上映する予定だったが、当日は朝から晴れ、夜には天の川も見えた。",
    "当日は午後6時に開場し、校庭の芝生にはレジャーシートを広げる家族連れの姿が目立った。午後6時半からは町内のジャズ愛好会が演奏を披露し、会場を盛り上げた。上映は日没後の午後7時15分から始まり、町を流れる紅葉川の一年を追ったドキュメンタリー「川と生きる」や、往年のアニメーション映画など3作品を続けて上映した。最後の作品が終わったのは午後10時すぎだった。",
    "旧もみじ北小学校は1952年に開校し、児童が最も多かった1980年代には約300人が通っていた。少子化で児童の数は減り続け、閉校した年度の在校生は14人だった。",
    "準備は6月から始まった。実行委員12人が週末ごとに校庭の草刈りを続け、スクリーンを支える足場は地元の建設会社が無償で組んだ。音響機材は、町内の寺の住職が本堂での法要用に持っていたスピーカーを貸し出した。",
    "実行委員長を務める会社員の片山悠斗さん（29）は同校の卒業生。「自分たちが走り回った校庭に、もう一度にぎわいを取り戻したかった。来年は夏休みに合わせて、2夜続けて開きたい」と話した。",
    "校舎1階の教室は休憩所として開放され、卒業生が持ち寄った運動会や学芸会の写真、歴代の卒業文集も展示された。元校長の森下和子さん（71）は展示を見て回りながら、「最後の卒業式の日と同じくらい、校庭が子どもたちの声でいっぱいになった。胸が熱くなりました」と目を細めた。",
    "実行委員会の集計では、来場者の約3割が町外からだった。隣の桐野市から家族4人で訪れた会社員の女性（38）は「子どもと芝生に寝転がって映画を見るのは初めて。上映の合間に見上げた星もきれいで、忘れられない夜になった」と笑顔で話した。",
    "運営費の一部は、インターネットで資金を募るクラウドファンディングでまかなった。目標の150万円を上回る218万円が、全国の卒業生ら356人から寄せられた。返礼品には、閉校の際に取り外した教室の木製の名札を加工したキーホルダーを用意した。名札を返礼品に選んだのは、「自分が通った教室の思い出を手元に残したい」という卒業生の声が多く寄せられたためだ。名札のキーホルダーは、募集の開始から3日で予定していた120個がなくなったという。",
    "会場では、地元の農家や飲食店など18店が屋台を出し、町特産のトウモロコシを使ったスープや焼きおにぎりが人気を集めた。県立もみじ高校の生徒32人もボランティアとして参加し、受付や会場の案内、ごみの分別を手伝った。生徒会長で2年生の石田美咲さん（17）は「小さい子からお年寄りまで来てくれてうれしかった。最後の片付けまでやり切れた」と話した。会場で出たごみは、分別の呼びかけもあって、昨年の半分ほどに減ったという。",
    "町によると、旧もみじ北小学校の校舎は、来年度から一部を地域交流拠点として改修する方針で、設計費約800万円を来年度の当初予算案に盛り込む予定。町企画課の担当者は「今回のにぎわいを見て、校舎を使いたいという声はさらに増えると思う。町としても住民の活動を後押ししたい」と話している。",
    "実行委員会は今後、秋にも校舎の音楽室を使った小さな演奏会を開く計画だ。片山さんは「卒業生だけでなく、町に引っ越してきた人にも気軽に来てもらえる場所にしたい」と話している。",
]
NEWS = "\n\n".join(NEWS_PARAS) + "\n"

# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

QUESTIONS = [
    # --- vaccination-guide.pdf -------------------------------------------
    ("b10-001", "50過ぎの母が帯状疱疹の予防接種を受けたいと言っています。1回あたりの料金はいくらですか？",
     "ja", "table", ["1回につき22,000円"]),
    ("b10-002", "My son is 8. If he needs two flu shots, how far apart should they be?",
     "en", "fact", ["2〜4週間の間隔をあけて"]),
    ("b10-003", "注射が終わったあと、すぐ帰らずにしばらく病院で待たないといけないのはどうして？",
     "ja", "why", ["すぐ対応できるようにするため"]),
    ("b10-004", "問診票を前もって家で書いておきたいんですが、どうすれば手に入りますか？",
     "ja", "howto", ["ウェブサイトからダウンロードして印刷"]),
    ("b10-005", "どんな状態だと当日打ってもらえないとか、予約のときに先に言っておくべき体質とかってある？",
     "ja", "section", ["37.5度以上の発熱がある方", "卵アレルギーが強い方", "妊娠の可能性がある方"]),
    ("b10-006", "市内に住んでいる70歳の父がインフルのワクチンを打つ場合、本人が払うのはいくらになりますか？",
     "ja", "paraphrase", ["自己負担が1,500円になります"]),
    # --- move-in-guide.docx ----------------------------------------------
    ("b10-007", "引っ越しの荷ほどきで出た段ボールって、何曜日に出せばいい？",
     "ja", "table", ["第1・第3水曜"]),
    ("b10-008", "このマンションで暮らすうえで守らないといけない決まりには、どんなものがありますか？",
     "ja", "list", ["楽器の演奏をお控えください", "隔て板の前に物を置かないでください", "共用廊下での喫煙はご遠慮ください"]),
    ("b10-009", "入居したらガスを使えるようにしたいんですが、どう手続きすればいいですか？",
     "ja", "howto", ["入居日の3日前までにご予約ください", "開栓の際に必ず立ち会いが必要です"]),
    ("b10-010", "Where can I find the password for the apartment's Wi-Fi?",
     "en", "fact", ["ルーター側面のシール"]),
    ("b10-011", "入る前からあった部屋の傷を写真に撮って付けてって言われたけど、何のため？",
     "ja", "why", ["後のトラブルを防ぐことができます", "原状回復費用を公平に算定するため"]),
    ("b10-012", "部屋のエアコンやお風呂が壊れたときの連絡先と、気をつけることをまとめて教えてください。",
     "ja", "section", ["24時間緊急受付センター", "修理を依頼される前に、必ず先にご連絡ください"]),
    # --- kosodate-center.html --------------------------------------------
    ("b10-013", "一時預かりで子どもを丸一日、7時間くらい預けたら料金はいくらかかりますか？",
     "ja", "table", ["2,400円"]),
    ("b10-014", "What are the opening hours of the Pokapoka child-rearing support center?",
     "en", "fact", ["午前9時30分から午後4時まで"]),
    ("b10-015", "小学1年生のお兄ちゃんも、下の子と一緒にセンターで遊ばせていいですか？",
     "ja", "paraphrase", ["長期休暇中に限り"]),
    ("b10-016", "熱がある子は一時預かりで預かってもらえないって聞いたけど、なんで？",
     "ja", "why", ["ほかのお子さんへの感染を防ぐため"]),
    ("b10-017", "支援センターに行くと、遊ぶ以外にどんなことができるんでしょうか？",
     "ja", "section", ["子育て相談（予約不要）", "授乳室・おむつ替えコーナーの利用", "子育て講座や季節の行事への参加"]),
    ("b10-018", "一時預かりを使いたいとき、予約はどうやって入れるの？",
     "ja", "howto", ["前日の正午までに、電話で予約します"]),
    # --- shiwake-readme.md -----------------------------------------------
    ("b10-019", "会社のパソコンがWindowsなんだけど、shiwakeって使える？",
     "ja", "table", ["試験的に対応", "ネットワークドライブ上では動作しない"]),
    ("b10-020", "shiwakeの開発に協力したいのですが、守るべきことはありますか？",
     "ja", "list", ["開発用ブランチ（develop）に向ける", "同じ内容の Issue がないか検索する", "手元ですべてのテストが通ることを確かめる"]),
    ("b10-021", "間違ったフォルダに振り分けられちゃった。元どおりにするにはどうすればいい？",
     "ja", "howto", ["直前の実行で移動したファイルを元の場所に戻せる", "shiwake undo"]),
    ("b10-022", "Which version of Python do I need to run shiwake?",
     "en", "fact", ["Python 3.10 以上が必要"]),
    ("b10-023", "移動先に同じファイル名のものがあったら、上書きされて前のファイルが消えちゃうの？",
     "ja", "paraphrase", ["名前の末尾に連番を付けて保存する"]),
    ("b10-024", "shiwakeがうまく動かないときに確認することをまとめて教えてください。",
     "ja", "section", ["書き込む権限があるかを確認する", "文字コードを UTF-8 に切り替えて", "ファイルの更新日時をもとに仕分けできる"]),
    # --- news-outdoor-cinema.txt -----------------------------------------
    ("b10-025", "星空シネマって、映画は何時にスタートしたの？",
     "ja", "fact", ["日没後の午後7時15分から"]),
    ("b10-026", "上映会のためにネットで募ったお金は、結局いくら集まったんですか？",
     "ja", "fact", ["150万円を上回る218万円"]),
    ("b10-027", "昔その学校の校長だった人は、当日の様子を見てどんな感想を話していましたか？",
     "ja", "paraphrase", ["校庭が子どもたちの声でいっぱいになった"]),
    ("b10-028", "Why was the screening moved from the gym to the schoolyard this year?",
     "en", "why", ["入りきれずに帰った人が多かったため"]),
    ("b10-029", "支援のお礼に、わざわざ教室の名札を使ったのはどうしてですか？",
     "ja", "why", ["教室の思い出を手元に残したい", "卒業生の声が多く寄せられたため"]),
    ("b10-030", "使われなくなった校舎、町はこれからどうするつもりなの？",
     "ja", "paraphrase", ["一部を地域交流拠点として改修する方針"]),
    # --- near misses ------------------------------------------------------
    ("b10-031", "インフルの予約を入れたけど都合が悪くなった。取り消しや日にちの変更はどうすればいい？",
     "ja", "unanswerable", []),
    ("b10-032", "車を持っているんですが、敷地内に車を止める場所を借りられますか？月いくらですか？",
     "ja", "unanswerable", []),
    ("b10-033", "毎月の家賃は何日に口座から引き落とされますか？",
     "ja", "unanswerable", []),
    ("b10-034", "センターでお昼に離乳食を食べさせたいんですが、電子レンジで温めたりできますか？",
     "ja", "unanswerable", []),
    ("b10-035", "shiwakeが要らなくなったら、どうやってアンインストールすればいい？",
     "ja", "unanswerable", []),
    ("b10-036", "星空シネマの入場料はいくらでしたか？",
     "ja", "unanswerable", []),
]


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    os.makedirs(DOCS, exist_ok=True)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    build_docx(os.path.join(DOCS, DOCX_NAME))
    write_text(os.path.join(DOCS, HTML_NAME), HTML)
    write_text(os.path.join(DOCS, MD_NAME), MD)
    write_text(os.path.join(DOCS, TXT_NAME), NEWS)
    lines = []
    for qid, question, lang, kind, answers in QUESTIONS:
        lines.append(json.dumps({"id": qid, "question": question, "lang": lang,
                                 "kind": kind, "answers": answers,
                                 "unanswerable": not answers},
                                ensure_ascii=False))
    write_text(JSONL, "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
