#!/usr/bin/env python3
"""Build blind set 9: five invented Japanese documents and blind-9.jsonl.

All text lives in this file.  Running it writes the documents into this folder
and eval/blind-9.jsonl.  Two runs give byte-identical output (reportlab invariant mode
with fixed metadata, .docx re-zipped with fixed timestamps, UTF-8 + LF text).
"""
import datetime
import io
import json
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE
FIXED_ZIP_TIME = (2026, 4, 20, 10, 0, 0)
FIXED_DT = datetime.datetime(2026, 4, 20, 10, 0, 0)


# ---------------------------------------------------------------------------
# 1. hotel-info.pdf
# ---------------------------------------------------------------------------

HOTEL_TITLE = "湯宿 みずなら館"
HOTEL_SUBTITLE = "ご滞在のしおり　白糸川温泉"

HOTEL_GREETING = (
    "このたびは湯宿みずなら館にお越しくださり、誠にありがとうございます。"
    "当館は大正九年に湯治宿として開業し、白糸川のせせらぎとともに百年あまりの時を重ねてまいりました。"
    "この冊子には、館内の施設やお風呂の使い方、お食事の時間、お帰りの際の手順などをまとめております。"
    "ご滞在の前に一度お目通しいただき、わからないことがございましたら、"
    "どうぞお気軽にフロント（内線9番）へお声がけください。"
)

HOTEL_FACILITIES = [
    ["施設", "営業時間", "場所", "料金"],
    ["大浴場「せせらぎの湯」", "15:00〜翌10:00", "本館地下1階", "無料"],
    ["貸切露天風呂「月見の湯」", "16:00〜22:30", "別館2階・渡り廊下奥", "50分2,200円"],
    ["湯上がり処", "15:00〜24:00", "本館地下1階", "無料"],
    ["売店「みずなら堂」", "7:30〜21:00", "本館1階・ロビー横", "―"],
    ["もみほぐし処", "18:00〜23:30", "本館3階・桐の間", "40分4,800円"],
    ["卓球コーナー", "10:00〜22:00", "別館1階・遊戯室", "1時間300円"],
    ["ライブラリー", "終日", "本館2階・吹き抜け", "無料"],
]

HOTEL_FACILITY_NOTES = [
    "貸切露天風呂は予約制です。ご予約は、ご利用当日の15時からフロントで承ります。"
    "1組につき1日1回までとさせていただきます。",
    "卓球のラケットと球は、遊戯室入口の棚にございます。ご利用後は元の場所へお戻しください。",
    "売店では、白糸川の名物「川霧まんじゅう」や地元の地酒を取りそろえております。"
    "お支払いは現金のほか、お部屋付けもご利用いただけます。",
]

HOTEL_BATH_INTRO = (
    "大浴場「せせらぎの湯」は、源泉かけ流しの単純温泉です。"
    "皆さまに気持ちよくお使いいただくため、次の点をお守りください。"
)

HOTEL_BATH_RULES = [
    "浴室内は床が滑りやすくなっております。小さなお子さまは、必ず保護者の方とご一緒にご入浴ください。",
    "タオルを湯船に浸けることはご遠慮ください。",
    "飲酒後や満腹時のご入浴は、体調を崩すおそれがありますのでお控えください。",
    "脱衣所の貴重品ロッカーは100円硬貨を使いますが、硬貨は鍵を開けると戻ります。",
    "毎日0時から5時までは男湯と女湯の入れ替えを行うため、ご入浴いただけません。",
    "髪染めや洗濯など、入浴以外の目的で浴室をお使いにならないでください。",
]

HOTEL_BATH_NOTE = (
    "入れ替え後の朝は、前の晩とは趣の異なる浴槽をお楽しみいただけます。"
    "岩風呂と檜風呂の両方にぜひお入りください。"
)

HOTEL_MEALS = [
    ["朝食", "7:00〜9:00（最終入場8:30）",
     "本館1階のお食事処「ゆずりは」にて、炊きたての土鍋ごはんと川魚の干物を中心にした和定食をご用意いたします。"],
    ["夕食", "18:00または18:30開始",
     "開始時刻はチェックインの際にお選びください。個室のお食事処で、季節の山の幸を使った会席料理をお召し上がりいただきます。"],
]

HOTEL_MEAL_NOTES = [
    "食物アレルギーのある方は、前日までにお知らせください。"
    "当日のお申し出では食材の仕入れが間に合わないため、対応いたしかねる場合がございます。",
    "お飲み物はお食事処でご注文いただけます。お部屋への持ち込みは自由ですが、お食事処への持ち込みはご遠慮ください。",
]

HOTEL_CHECKOUT = [
    "チェックアウトは午前10時です。お部屋の鍵はフロントへお返しください。",
    "お部屋付けにされた売店・お飲み物・もみほぐし処のご利用分は、まとめてフロントでご精算ください。",
    "延長をご希望の場合は、前日の21時までにお申し付けください。1時間につき1,100円で、最長12時まで延長できます。",
    "ご出発後も、お荷物は当日17時までフロントでお預かりいたします。白糸川沿いの散策などにご利用ください。",
]

HOTEL_EMERGENCY = [
    "火災や地震などの非常時には、館内放送と係員の誘導に従って、落ち着いて避難してください。",
    "エレベーターは使わず、各階の廊下の両端にある非常階段をご利用ください。",
    "避難場所は、みずなら橋を渡った先の「白糸ふれあい公園」です。",
    "各客室の押し入れに、懐中電灯と避難経路図を備えております。ご到着の際に置き場所をご確認ください。",
    "夜間（23時〜翌7時）はフロントに係員がおりません。お部屋の電話で内線9番を押すと、宿直の係員につながります。",
]

HOTEL_CONTACTS = [
    ["フロント", "内線9番（夜間は宿直の係員）"],
    ["外線", "000-555-0120"],
    ["白糸川温泉診療所", "000-555-0177（受付 9:00〜17:00）"],
]

HOTEL_FOOTER = "湯宿 みずなら館　白糸川温泉"


def build_pdf(path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (CondPageBreak, KeepTogether, ListFlowable,
                                    ListItem, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    MIN, GO = "HeiseiMin-W3", "HeiseiKakuGo-W5"
    brown = colors.HexColor("#6b4a2b")
    cream = colors.HexColor("#f4ecdf")

    body = ParagraphStyle("body", fontName=MIN, fontSize=9.5, leading=14.5,
                          wordWrap="CJK", spaceAfter=3)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12.5, spaceAfter=0)
    cellh = ParagraphStyle("cellh", parent=cell, fontName=GO, textColor=colors.white)
    note = ParagraphStyle("note", parent=body, fontSize=8.8, leading=13,
                          leftIndent=12, firstLineIndent=-12, spaceAfter=1)
    title = ParagraphStyle("title", fontName=GO, fontSize=22, leading=28,
                           alignment=TA_CENTER, textColor=brown)
    subtitle = ParagraphStyle("subtitle", fontName=MIN, fontSize=11, leading=16,
                              alignment=TA_CENTER, spaceAfter=8)
    head = ParagraphStyle("head", fontName=GO, fontSize=12, leading=16, textColor=brown)

    def heading(text):
        t = Table([["", Paragraph(text, head)]], colWidths=[4 * mm, 166 * mm])
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (0, 0), brown),
            ("LINEBELOW", (1, 0), (1, 0), 0.8, brown),
            ("LEFTPADDING", (1, 0), (1, 0), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        return [Spacer(1, 5), t, Spacer(1, 4)]

    def notes(items):
        return [Paragraph("※ " + n, note) for n in items]

    story = [Paragraph(HOTEL_TITLE, title), Paragraph(HOTEL_SUBTITLE, subtitle)]

    story += heading("ごあいさつ")
    story.append(Paragraph(HOTEL_GREETING, body))

    story += heading("館内施設のご案内")
    rows = [[Paragraph(c, cellh) for c in HOTEL_FACILITIES[0]]]
    rows += [[Paragraph(c, cell) for c in r] for r in HOTEL_FACILITIES[1:]]
    ft = Table(rows, colWidths=[52 * mm, 34 * mm, 48 * mm, 36 * mm], repeatRows=1)
    ft.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), brown),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, cream]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#b8a58c")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(ft)
    story.append(Spacer(1, 4))
    story += notes(HOTEL_FACILITY_NOTES)

    story += heading("大浴場のご利用について")
    story.append(Paragraph(HOTEL_BATH_INTRO, body))
    items = [ListItem(Paragraph(r, body), value=i + 1)
             for i, r in enumerate(HOTEL_BATH_RULES)]
    story.append(ListFlowable(items, bulletType="1", bulletFormat="%s.",
                              bulletFontName=GO, bulletFontSize=9.5, leftIndent=16))
    story += notes([HOTEL_BATH_NOTE])

    story.append(CondPageBreak(70 * mm))
    story += heading("お食事のご案内")
    mrows = []
    for label, when, text in HOTEL_MEALS:
        mrows.append([Paragraph(label, ParagraphStyle("ml", parent=cell, fontName=GO)),
                      Paragraph(when, cell), Paragraph(text, cell)])
    mt = Table(mrows, colWidths=[16 * mm, 44 * mm, 110 * mm])
    mt.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (0, -1), cream),
        ("BOX", (0, 0), (-1, -1), 0.6, brown),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b8a58c")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story.append(mt)
    story.append(Spacer(1, 4))
    story += notes(HOTEL_MEAL_NOTES)

    story += heading("チェックアウトについて")
    story += [Paragraph(p, body) for p in HOTEL_CHECKOUT]

    story += heading("非常時のご案内")
    story += [Paragraph(p, body) for p in HOTEL_EMERGENCY]
    story.append(Spacer(1, 6))
    crow = [[Paragraph("緊急連絡先", ParagraphStyle("ch", parent=cell, fontName=GO)), ""]]
    crow += [[Paragraph(a, cell), Paragraph(b, cell)] for a, b in HOTEL_CONTACTS]
    ct = Table(crow, colWidths=[50 * mm, 90 * mm])
    ct.setStyle(TableStyle([
        ("SPAN", (0, 0), (1, 0)),
        ("BOX", (0, 0), (-1, -1), 1.2, brown),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, brown),
        ("BACKGROUND", (0, 0), (-1, 0), cream),
    ]))
    story.append(KeepTogether([ct]))

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setStrokeColor(brown)
        canvas.setLineWidth(0.6)
        canvas.line(20 * mm, 14 * mm, 190 * mm, 14 * mm)
        canvas.setFont(MIN, 8)
        canvas.drawString(20 * mm, 10 * mm, HOTEL_FOOTER)
        canvas.drawRightString(190 * mm, 10 * mm, "%d / 2" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
        topMargin=16 * mm, bottomMargin=20 * mm,
        title="湯宿 みずなら館 ご滞在のしおり", author="湯宿 みずなら館",
        subject="館内のご案内", creator="blind-9 build.py", producer="ReportLab",
        invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------
# 2. club-bylaws.docx
# ---------------------------------------------------------------------------
# ("H1", text) Heading 1 (章, 附則); ("H2", text) Heading 2 (第N条);
# ("P", text) body paragraph; ("TABLE",) the fee table.

BYLAWS_TITLE = "ひばりが丘三丁目町内会 会則"

BYLAWS = [
    ("H1", "第1章　総則"),
    ("H2", "第1条（名称）"),
    ("P", "本会は、ひばりが丘三丁目町内会（以下「本会」という。）と称する。"),
    ("H2", "第2条（事務所）"),
    ("P", "本会の事務所は、ひばりが丘三丁目集会所に置く。"),
    ("H2", "第3条（目的）"),
    ("P", "本会は、会員相互の親睦を深めるとともに、防犯、防災及び環境美化に取り組み、"
          "安心して暮らせる地域づくりに寄与することを目的とする。"),
    ("H2", "第4条（事業）"),
    ("P", "本会は、前条の目的を達成するため、次の事業を行う。"),
    ("P", "（1）夜間の防犯パトロール及び街路灯の維持管理"),
    ("P", "（2）防災訓練の実施及び防災用品の備蓄"),
    ("P", "（3）ごみ集積所の清掃当番の調整"),
    ("P", "（4）夏祭り、敬老の集いその他の親睦行事"),
    ("P", "（5）市役所その他の関係機関からの回覧物の配布"),
    ("H1", "第2章　会員及び会費"),
    ("H2", "第5条（会員）"),
    ("P", "（1）本会の会員は、ひばりが丘三丁目の区域内に住所を有する世帯及び区域内の事業所とする。"),
    ("P", "（2）区域外に住所を有する者であっても、本会の目的に賛同し、役員会の承認を得た者は、"
          "賛助会員となることができる。"),
    ("H2", "第6条（入会）"),
    ("P", "本会に入会しようとする者は、入会届を所属する班の班長に提出するものとする。"),
    ("H2", "第7条（会費）"),
    ("P", "（1）会員は、次の表に定める年会費を納めなければならない。"),
    ("TABLE",),
    ("P", "（2）年会費は、毎年5月末日までに、班長を通じて会計に納めるものとする。"),
    ("P", "（3）既に納めた会費は、理由のいかんを問わず返還しない。"),
    ("H2", "第8条（退会）"),
    ("P", "（1）会員が区域外へ転居するときは、班長を通じて会長に届け出るものとする。"),
    ("P", "（2）会費を2年以上滞納した会員は、役員会の議決により退会したものとみなすことができる。"),
    ("H1", "第3章　役員"),
    ("H2", "第9条（役員）"),
    ("P", "本会に次の役員を置く。"),
    ("P", "（1）会長　1名"),
    ("P", "（2）副会長　2名"),
    ("P", "（3）会計　1名"),
    ("P", "（4）書記　1名"),
    ("P", "（5）監事　2名"),
    ("P", "（6）班長　各班1名"),
    ("H2", "第10条（役員の選出）"),
    ("P", "（1）会長、副会長、会計、書記及び監事は、総会において会員の中から選出する。"),
    ("P", "（2）班長は、各班において輪番により選出する。"),
    ("H2", "第11条（任期）"),
    ("P", "（1）役員の任期は2年とし、再任を妨げない。ただし、班長の任期は1年とする。"),
    ("P", "（2）監事は、会計の監査を公正に行うため、他の役員を兼ねることができない。"),
    ("P", "（3）役員に欠員が生じたときは、役員会において補充することができる。"
          "補充された役員の任期は、前任者の残任期間とする。"),
    ("H2", "第12条（役員の職務）"),
    ("P", "（1）会長は、本会を代表し、会務を総括する。"),
    ("P", "（2）副会長は、会長を補佐し、会長に事故があるときはその職務を代行する。"),
    ("P", "（3）監事は、毎年度末に会計を監査し、その結果を総会に報告する。"),
    ("H1", "第4章　会議"),
    ("H2", "第13条（総会）"),
    ("P", "（1）定期総会は、毎年4月に会長が招集する。"),
    ("P", "（2）臨時総会は、会長が必要と認めたとき、又は会員の5分の1以上から請求があったときに開催する。"),
    ("P", "（3）総会は、会員の2分の1以上の出席（委任状による出席を含む。）がなければ開くことができない。"),
    ("P", "（4）総会の議事は、出席者の過半数で決し、可否同数のときは議長の決するところによる。"),
    ("H2", "第14条（役員会）"),
    ("P", "役員会は会長が招集し、原則として毎月第2日曜日の午前に集会所で開く。"),
    ("H1", "第5章　会計"),
    ("H2", "第15条（会計年度）"),
    ("P", "本会の会計年度は、毎年4月1日に始まり、翌年3月31日に終わる。"),
    ("H2", "第16条（慶弔）"),
    ("P", "会員に慶弔があったときは、別に定める基準により祝い金又は見舞金を贈る。"),
    ("H2", "第17条（会則の変更）"),
    ("P", "この会則は、総会において出席者の3分の2以上の賛成を得なければ変更することができない。"),
    ("H1", "第6章　雑則"),
    ("H2", "第18条（個人情報の取扱い）"),
    ("P", "本会が保有する会員の氏名、住所及び連絡先は、会員名簿の作成、回覧物の配布及び災害時の安否確認のためにのみ使用し、"
          "本人の同意なく第三者に提供しない。"),
    ("H2", "第19条（委任）"),
    ("P", "この会則に定めるもののほか、本会の運営に必要な事項は、役員会が別に定める。"),
    ("H1", "附則"),
    ("P", "1　この会則は、平成2年4月1日から施行する。"),
    ("P", "2　この会則は、令和7年4月20日に一部を改正した（第7条の年会費を改定）。"),
    ("P", "3　この会則は、令和8年4月19日に一部を改正した（第14条の開催日を変更）。"),
]

BYLAWS_FEES = [
    ["会員区分", "年会費", "備考"],
    ["一般世帯", "3,600円", "月額300円相当"],
    ["単身高齢者世帯", "1,800円", "75歳以上の一人暮らし"],
    ["事業所", "6,000円", "店舗・事務所・工場を含む"],
    ["賛助会員", "1口2,000円", "1口以上、口数は任意"],
]


def _set_east_asian(style_or_run_element, font):
    from docx.oxml.ns import qn
    rpr = style_or_run_element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)


def build_docx(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    for name, font in [("Normal", "游明朝"), ("Title", "游ゴシック"),
                       ("Heading 1", "游ゴシック"), ("Heading 2", "游ゴシック")]:
        _set_east_asian(d.styles[name].element, font)
    d.styles["Normal"].font.size = Pt(10.5)

    d.add_paragraph(BYLAWS_TITLE, style="Title")
    for item in BYLAWS:
        kind = item[0]
        if kind == "H1":
            d.add_paragraph(item[1], style="Heading 1")
        elif kind == "H2":
            d.add_paragraph(item[1], style="Heading 2")
        elif kind == "P":
            d.add_paragraph(item[1])
        elif kind == "TABLE":
            t = d.add_table(rows=len(BYLAWS_FEES), cols=3)
            t.style = "Table Grid"
            for r, row in enumerate(BYLAWS_FEES):
                for c, text in enumerate(row):
                    para = t.cell(r, c).paragraphs[0]
                    run = para.add_run(text)
                    if r == 0:
                        run.bold = True
                        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("（令和8年4月19日現在）")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    cp = d.core_properties
    cp.title = BYLAWS_TITLE
    cp.author = "ひばりが丘三丁目町内会 書記"
    cp.last_modified_by = "ひばりが丘三丁目町内会 書記"
    cp.subject = "会則"
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT

    buf = io.BytesIO()
    d.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, src.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# 3. product-page.html
# ---------------------------------------------------------------------------

PRODUCT_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>温度調節電気ケトル「ゆげたて」KT-12｜暮らしの道具 こもれび商店</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font-family: "Hiragino Sans", "Noto Sans JP", sans-serif; margin: 0; color: #333; }
  header, footer { background: #3f4a3c; color: #fff; padding: 12px 24px; }
  nav a { color: #fff; margin-right: 1em; text-decoration: none; }
  main { max-width: 860px; margin: 0 auto; padding: 16px; }
  .price { font-size: 1.6em; color: #b0412e; font-weight: bold; }
  table.spec { border-collapse: collapse; width: 100%; }
  table.spec th, table.spec td { border: 1px solid #ccc; padding: 6px 10px; text-align: left; }
  table.spec th { background: #eef1ea; width: 30%; }
  .qa .q { font-weight: bold; margin-bottom: 0; }
  .qa .byline { color: #888; font-size: 0.85em; margin: 2px 0; }
  .qa .a { margin: 0 0 1.4em 1em; }
</style>
</head>
<body>
<header>
  <p class="site-name"><a href="/">暮らしの道具 こもれび商店</a></p>
  <nav>
    <a href="/">ホーム</a>
    <a href="/kitchen/">キッチン家電</a>
    <a href="/tableware/">テーブルウェア</a>
    <a href="/guide/">ご利用ガイド</a>
    <a href="/contact/">お問い合わせ</a>
  </nav>
</header>
<main>
<p class="breadcrumb"><a href="/">ホーム</a> ＞ <a href="/kitchen/">キッチン家電</a> ＞ 電気ケトル</p>
<article>
<h1>温度調節電気ケトル「ゆげたて」KT-12</h1>
<p class="price">8,980円（税込）</p>
<p class="shipping">送料：全国一律660円（5,000円以上のご購入で無料）</p>
<p class="lead">コーヒーも日本茶も、いちばんおいしい温度で。「ゆげたて」は、お湯の温度を細かく選べる小ぶりの電気ケトルです。朝の一杯から、赤ちゃんのミルクづくりまで、毎日の台所で静かに働きます。</p>
<button type="button" id="add-to-cart">カートに入れる</button>

<h2>商品の特長</h2>
<ul class="features">
  <li>60℃から100℃まで、5℃刻みで温度を設定できます。緑茶は70℃、紅茶は95℃など、飲み物に合わせたお湯がすぐに用意できます。</li>
  <li>設定温度に達すると、電子音でお知らせします。音は本体の設定で消すこともできます。</li>
  <li>沸騰後も、最大60分間は設定した温度のまま保温します。</li>
  <li>注ぎ口は細長いグースネック形状。ハンドドリップでも、お湯を少しずつ狙ったところに注げます。</li>
  <li>空焚き防止機能付き。中に水がないまま電源を入れると、自動で加熱が止まります。</li>
  <li>本体を電源プレートから持ち上げると、その時点で加熱を停止します。</li>
  <li>本体は二重構造なので、沸騰直後でも外側が熱くなりにくく、うっかり触れても安心です。</li>
</ul>

<h2>仕様</h2>
<table class="spec">
  <tr><th>商品名</th><td>温度調節電気ケトル「ゆげたて」KT-12</td></tr>
  <tr><th>容量</th><td>0.8L（カップ約5杯分）</td></tr>
  <tr><th>消費電力</th><td>1,200W</td></tr>
  <tr><th>電源</th><td>AC100V（50/60Hz）</td></tr>
  <tr><th>温度設定</th><td>60〜100℃（5℃刻み）</td></tr>
  <tr><th>保温時間</th><td>最大60分</td></tr>
  <tr><th>本体サイズ</th><td>幅22.5×奥行15.0×高さ20.8cm</td></tr>
  <tr><th>質量</th><td>約0.9kg（電源プレートを含む）</td></tr>
  <tr><th>コードの長さ</th><td>1.2m</td></tr>
  <tr><th>材質</th><td>本体：ステンレス／取っ手：ポリプロピレン</td></tr>
  <tr><th>カラー</th><td>マットブラック／オフホワイト／セージグリーン</td></tr>
  <tr><th>製造元</th><td>ミナセ電機株式会社</td></tr>
</table>

<h2>こんな方におすすめです</h2>
<p>ドリップコーヒーを淹れる方、玉露や煎茶をぬるめのお湯で楽しみたい方、夜中のミルクづくりでお湯を冷ます手間を省きたい方に選ばれています。容量が0.8Lと小さめなので、一人暮らしや二人暮らしの食卓にもちょうどよい大きさです。</p>

<h2>ご使用上の注意</h2>
<ul class="notice">
  <li>水は必ず本体内側の「MIN」と「MAX」の線のあいだまで入れてください。入れすぎると、沸騰したときにお湯があふれることがあります。</li>
  <li>電源プレートは、平らで安定した場所に置いてください。カーテンや壁の近くは避けてください。</li>
  <li>お子さまの手の届かないところでお使いください。</li>
  <li>内側に白い水あかが付いたときは、クエン酸大さじ1杯と水を入れて沸かし、1時間ほど置いてから洗い流してください。</li>
</ul>

<h2>お客様からのご質問</h2>
<div class="qa">
  <p class="q">Q. コーヒー用に92℃にしたいのですが、設定できますか？</p>
  <p class="byline">質問者：珈琲好きのはるさん（2026年1月18日）</p>
  <p class="a">A. お問い合わせありがとうございます。温度は5℃刻みのため、92℃には設定できません。90℃または95℃をお選びください。</p>

  <p class="q">Q. 初めて使ったら、お湯がプラスチックのようなにおいがします。どうしたらいいですか？</p>
  <p class="byline">質問者：みーさん（2026年2月2日）</p>
  <p class="a">A. 製造時の油分が残っている場合がございます。満水まで水を入れて沸騰させ、そのお湯を捨てる作業を3回ほど繰り返してください。それでも気になるときは、クエン酸での洗浄をお試しください。</p>

  <p class="q">Q. 本体を丸洗いしてもいいですか？</p>
  <p class="byline">質問者：台所番さん（2026年2月9日）</p>
  <p class="a">A. 本体の底に電子部品が組み込まれているため、水に浸けたり丸洗いしたりすることはお控えください。内側はやわらかいスポンジで洗い、外側は固く絞った布で拭いてください。</p>

  <p class="q">Q. 朝は時間がないのですが、沸騰までは早いですか？</p>
  <p class="byline">質問者：朝型さん（2026年3月1日）</p>
  <p class="a">A. 室温の水の場合、カップ1杯（140mL）なら約1分で沸きます。満水の0.8Lでも約4分30秒で沸騰します。</p>

  <p class="q">Q. 保温している途中で、温度を変えることはできますか？</p>
  <p class="byline">質問者：緑茶派さん（2026年3月12日）</p>
  <p class="a">A. はい、変えられます。温度を下げた場合は、お湯が自然に冷めて新しい設定温度になるまで少しお待ちください。</p>
</div>

<h2>お届けについて</h2>
<p>平日14時までのご注文は、その日のうちに発送いたします。土日祝日のご注文は、翌営業日の発送となります。お届け日時の指定は、ご注文手続きの画面で承ります。</p>
</article>
</main>
<footer>
  <p>株式会社こもれび商店　電話 000-222-3456（受付：平日10:00〜17:00）</p>
  <p><a href="/company/">会社概要</a>　<a href="/privacy/">個人情報の取り扱い</a>　<a href="/law/">特定商取引法に基づく表記</a></p>
  <p><small>&copy; 2026 Komorebi Shoten (fictional)</small></p>
</footer>
<script>
  document.getElementById("add-to-cart").addEventListener("click", function () {
    var color = "マットブラック";
    alert("カートに追加しました（" + color + "）");
  });
</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. meeting-notes.md
# ---------------------------------------------------------------------------

MEETING_MD = """---
title: 令和8年度 第3回 PTA運営委員会 議事録
date: 2026-06-12
school: みどり野市立みどり野小学校
recorder: 書記 森田
---

# 令和8年度 第3回 PTA運営委員会 議事録

- **日時**：2026年6月12日（金）19:00〜20:30
- **場所**：みどり野小学校 図書室
- **出席**：会長 石川、副会長 野口・宮本、会計 松下、書記 森田、学年委員長6名、教頭 佐伯先生（計13名）
- **欠席**：広報委員長 上村（資料のみ提出）

## 議題1　秋のバザーについて

石川会長から、今年度のバザーの日程と会場について提案があった。
昨年は校庭にテントを張って開いたが、前日の雨で準備をやり直すことになり、委員の負担が大きかったという意見が多く出た。

【決定】今年度のバザーは10月17日（土）に体育館で開催する。

屋内に決めたのは、校庭案では雨に備えて屋外と屋内の二通りの準備が必要になり、委員の作業が倍になるからである。
体育館の使用については、佐伯教頭から学校行事と重ならないことを確認済みとの説明があった。

提供品の受け付けについて、松下会計から「去年は持ち込みが最終日に集中し、仕分けが追いつかなかった」との報告があった。

【決定】提供品は9月28日（月）から10月9日（金）まで受け付ける。児童が登校時に持参し、昇降口に置く回収箱へ入れる方法とする。

衣類は状態のよいものに限り、下着と靴下は受け付けない。食品は未開封で、賞味期限が11月末以降のものとする。

## 議題2　登下校の見守り活動

宮本副会長から、6月から県道沿いで水道管の工事が始まり、朝の通学時間帯にダンプカーの出入りが増えていると報告があった。
特にみどり野三丁目交差点では、横断歩道の手前で車が止まりきれない場面があり、保護者から不安の声が寄せられている。

【決定】7月1日から、朝の旗当番を1日2名から3名に増やす。

増やした1名は、交差点の反対側に立つ。工事は12月末まで続く予定のため、2学期も同じ体制とする。
佐伯教頭からは、学校からも市の道路課へ交通誘導員の配置を要望するとの説明があった。

## 議題3　広報誌「みどりのかぜ」夏号

上村広報委員長が欠席のため、提出された資料をもとに野口副会長が報告した。
夏号は7月15日に発行し、特集は「6年生の修学旅行」と「図書ボランティアの紹介」の2本である。
これまでは紙で配るだけだったが、共働きの家庭から「子どもが持ち帰るのを忘れて読めないことがある」という声が届いている。

【決定】夏号から、紙の配布に加えて、学校の連絡アプリ「みどりネット」にもPDFを掲載する。

アプリで配信する文面は、次の案で了承された。

```
【PTAより】広報誌「みどりのかぜ」夏号を掲載しました。
添付のPDFからご覧ください。紙の広報誌は7月15日にお子さまを通じて配布します。
```

## 議題4　夏休みのプール開放

【決定】今年度は夏休みのプール開放を行わない。

昨年は監視当番の保護者が集まらず、予定していた10日のうち4日が中止になった。
また、暑さ指数の高い日が続くと、プールサイドで見守る保護者の熱中症も心配される。
中止のお知らせは、6月中に全家庭へ配布する。
出席者からは、代わりに市民プールの子ども向け無料開放日を紹介してはどうかという提案があり、お知らせの裏面に日程を載せることになった。
来年度以降の実施については、監視を外部の事業者に頼む方法も含めて、秋の運営委員会で改めて話し合う。

## 議題5　ベルマーク集計ボランティア

松下会計から、ベルマークの集計作業の参加者が毎回3名ほどにとどまり、1回の作業が3時間近くかかっていると報告があった。
集計はこれまで平日の午前に限って行ってきたが、フルタイムで働く保護者からは参加しにくいという意見が寄せられていた。

【決定】2学期から、月に1回は土曜日の午前にも集計日を設ける。

土曜日は図書室を使い、低学年の子ども連れでの参加も認める。集計日の案内は、学年委員長を通じて各クラスに回す。

## 議題6　その他

- 佐伯教頭より：夏休み中に校内へ入る場合は、事前に職員室（000-4321-7788）へ連絡してほしい。
- 次回の運営委員会は7月10日（金）19:00から、図書室で行う。

## 担当と期限

| 内容 | 担当 | 期限 |
|---|---|---|
| バザー回収箱の作成と設置 | 小西（3年委員長） | 9月25日 |
| 旗当番の新しい当番表の作成 | 宮本（副会長） | 6月26日 |
| 夏号PDFのアプリ掲載 | 野口（副会長） | 7月15日 |
| プール開放中止のお知らせ文 | 森田（書記） | 6月19日 |

以上（記録：書記 森田）
"""


# ---------------------------------------------------------------------------
# 5. short-story.txt
# ---------------------------------------------------------------------------

STORY_TXT = """止まった懐中時計

水野　朔


　　一

　商店街のはずれに、三好時計店という小さな店がある。ガラス戸の金文字は半分はがれかけ、店の奥ではいつも古いラジオが鳴っていた。壁には大小の掛け時計がすき間なく並び、どれも少しずつずれた時刻をさして、ばらばらに振り子を揺らしている。
　高校二年の秋、葵は初めてその戸を押した。手のひらには、祖父の形見の懐中時計が握られていた。
「すみません、これ、直りますか」
　カウンターの向こうで、白髪の店主が顔を上げた。胸の名札には「三好」とある。三好さんはルーペを目にはめ、時計をしばらく黙って眺めていた。
「いつから止まっている」
「祖父が亡くなった日の朝からです。毎晩ねじを巻いていたのに、その朝だけ巻かれていなくて」
「ぜんまいが切れたんだろう。古い型だから、同じ部品はもうどこにも売っていない」
　葵はうつむいた。三好さんは時計を布の上にそっと置き、少し間をおいて言った。
「だが、作れないことはない。三週間ほど預かることになるが、それでもいいか」
「はい、お願いします。あの、お代はどのくらいになりますか」
「直ってから考えよう」


　　二

　三週間後、時計は小さな音を立てて動いていた。
　葵はふたを開けたり閉めたりしながら、秒針が進むのを何度も確かめた。
「部品はもうないって言ってたのに、どうやって直したんですか」
「古い知り合いのものが、引き出しの奥に残っていたんだ」
　三好さんはそれだけ言うと、もう何も話さなかった。葵がお代を尋ねると、三好さんは少し考えてから答えた。
「千円だけもらっておこう。残りは、あんたがその時計を大事にしてくれれば十分だ」
　帰り道、葵は時計を耳に当てた。規則正しい音が、祖父の寝息のように聞こえた。
　壊れたものが人の手でもう一度動きだすことに胸を打たれ、葵は時計の修理を学ぼうと決めた。


　　三

　それから十二年が過ぎた。
　葵は東京の時計工房で修理を担当し、一日に何十本もの時計を開けるようになっていた。机の上には、持ち主の名前を書いた小さな袋がいつも山のように積まれている。どの袋にも、止まってしまった誰かの時間が入っているのだと、葵は思うようになった。
　祖父の懐中時計は、いつも工房の机の引き出しに入れてある。毎晩ねじを巻くことだけは、あの日から一度も欠かしていない。
　ある冬の夜、葵は久しぶりに祖父の懐中時計を分解して掃除することにした。裏ぶたを開け、さらに内側の薄い金属のふたを外したとき、葵の手が止まった。
　機械を押さえる受け板に、細い線で文字が刻まれていた。
　昭和四十三年　三好誠二　作　友へ
　葵は息をのんだ。この時計は、どこかの工場で作られたものではなかった。若い日の三好さんが自分の手で組み上げ、祖父に贈ったものだったのだ。同じ部品が引き出しに残っていたのも、千円しか受け取らなかったのも、そういうわけだった。
　その夜、葵は眠れなかった。三好さんは、なぜ何も言わなかったのだろう。祖父は、あの時計が友の手で作られたことを知っていたのだろうか。
　翌朝、葵は始発の電車で故郷へ向かった。商店街のはずれのガラス戸は、以前と同じように金文字がはがれかけたままだった。
「いらっしゃい」
　ずいぶん小さくなった三好さんが、ラジオの音を下げた。
「どうして、あのとき教えてくれなかったんですか」
　葵が時計を差し出すと、三好さんはルーペをはめ、刻まれた文字を長いあいだ見つめていた。
「あいつは、最後の晩まで毎日ねじを巻いてくれた。それがわかれば、ほかに言うことはなかったからな」
「毎日じゃありません。最後の朝だけ、巻かれていなかったんです」
「そうか。なら、あの朝は、わしのところへ来る番だったんだろう」
　そう言って、三好さんは少しだけ笑った。

（了）

この作品はフィクションです。登場する人物・団体・店名はすべて架空のものです。
"""


# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

Q = [
    # hotel-info.pdf
    ("b9-001", "マッサージをお願いしたいのですが、どこの部屋でやっていますか？", "ja", "table",
     ["本館3階・桐の間"]),
    ("b9-002", "Where is breakfast served at the inn?", "en", "fact",
     ["お食事処「ゆずりは」"]),
    ("b9-003", "食べ物のアレルギーを当日に伝えても対応してもらえないことがあるのはどうしてですか？", "ja", "why",
     ["食材の仕入れが間に合わないため"]),
    ("b9-004", "家族だけで入れる露天風呂を使いたいんだけど、予約ってどうやるの？", "ja", "howto",
     ["ご利用当日の15時からフロントで承ります"]),
    ("b9-005", "「非常時のご案内」には、災害のとき最終的にどこへ逃げるよう書いてありますか？", "ja", "section",
     ["白糸ふれあい公園"]),
    ("b9-006", "大きいお風呂で、やっちゃダメなことって何がある？", "ja", "list",
     ["タオルを湯船に浸けることはご遠慮ください", "入浴以外の目的で浴室をお使いにならないでください"]),
    # club-bylaws.docx
    ("b9-007", "When does the officers' board of the neighbourhood association usually meet?", "en", "fact",
     ["毎月第2日曜日の午前"]),
    ("b9-008", "独り暮らしのお年寄りの家だと、年会費はいくら払えばいいですか？", "ja", "table",
     ["1,800円"]),
    ("b9-009", "監事がほかの役と兼任できないのはなぜ？", "ja", "why",
     ["会計の監査を公正に行うため"]),
    ("b9-010", "この町内会に加わりたい場合、どんな手続きをすればいいですか？", "ja", "howto",
     ["入会届を所属する班の班長に提出する"]),
    ("b9-011", "「附則」を見ると、年会費の額が改められたのはいつですか？", "ja", "section",
     ["令和7年4月20日"]),
    ("b9-012", "総会って、どのくらい人が集まれば開けるの？", "ja", "paraphrase",
     ["会員の2分の1以上の出席"]),
    # product-page.html
    ("b9-013", "How much does the Yugetate kettle cost?", "en", "fact",
     ["8,980円（税込）"]),
    ("b9-014", "本体の色は何種類から選べる？全部教えて", "ja", "table",
     ["マットブラック／オフホワイト／セージグリーン"]),
    ("b9-015", "ケトルごと水につけて洗うのがダメなのはどうしてですか？", "ja", "why",
     ["本体の底に電子部品が組み込まれているため"]),
    ("b9-016", "使い始めにお湯から変なにおいがするとき、どう対処すればいい？", "ja", "howto",
     ["そのお湯を捨てる作業を3回ほど繰り返してください"]),
    ("b9-017", "やけどや事故を防ぐための機能には何がありますか？", "ja", "list",
     ["空焚き防止機能付き", "外側が熱くなりにくく", "その時点で加熱を停止します"]),
    ("b9-018", "水をいっぱいまで入れたら、お湯が沸くまで何分くらいかかる？", "ja", "paraphrase",
     ["満水の0.8Lでも約4分30秒で沸騰します"]),
    # meeting-notes.md
    ("b9-019", "秋のバザーは何日に開かれますか？", "ja", "fact",
     ["10月17日（土）"]),
    ("b9-020", "Why did the PTA decide to hold this year's bazaar indoors?", "en", "why",
     ["屋外と屋内の二通りの準備が必要になり", "委員の作業が倍になるから"]),
    ("b9-021", "バザーに品物を寄付したいんだけど、どうやって渡せばいいの？", "ja", "howto",
     ["昇降口に置く回収箱へ入れる", "児童が登校時に持参し"]),
    ("b9-022", "「登下校の見守り活動」の議題では、どんな結論になりましたか？", "ja", "section",
     ["朝の旗当番を1日2名から3名に増やす"]),
    ("b9-023", "広報誌って、これからはスマホでも読めるようになるの？", "ja", "paraphrase",
     ["連絡アプリ「みどりネット」にもPDFを掲載する"]),
    ("b9-024", "旗振りの新しいシフト、誰が組むことになったっけ？", "ja", "table",
     ["宮本（副会長）"]),
    # short-story.txt
    ("b9-025", "How long did the shopkeeper say he would need to keep the watch?", "en", "fact",
     ["三週間ほど預かることになる"]),
    ("b9-026", "おじいさんの懐中時計が動かなくなったのは、いつからですか？", "ja", "paraphrase",
     ["祖父が亡くなった日の朝から"]),
    ("b9-027", "三好さんは直した時計の代金をいくら受け取ったの？", "ja", "fact",
     ["千円だけもらっておこう"]),
    ("b9-028", "葵が時計を直す道に進もうと思ったのはどうして？", "ja", "why",
     ["壊れたものが人の手でもう一度動きだす"]),
    ("b9-029", "十年以上たって、大人になった葵はどこで何をしていますか？", "ja", "paraphrase",
     ["東京の時計工房で修理を担当し"]),
    ("b9-030", "「三」の章で、葵が時計の内部に見つけた刻印には何と書いてあった？", "ja", "section",
     ["昭和四十三年　三好誠二　作　友へ"]),
    # near misses
    ("b9-031", "最寄り駅から宿まで送迎のバスは出ていますか？", "ja", "unanswerable", []),
    ("b9-032", "年度の途中で入会したら、会費は月割りにしてもらえますか？", "ja", "unanswerable", []),
    ("b9-033", "このケトルのメーカー保証は何年ついてますか？", "ja", "unanswerable", []),
    ("b9-034", "去年のバザーの売上っていくらだったの？", "ja", "unanswerable", []),
    ("b9-035", "葵のおじいさんは、どんな仕事をしていた人ですか？", "ja", "unanswerable", []),
    ("b9-036", "部屋でWi-Fiは使えますか？パスワードも知りたいです", "ja", "unanswerable", []),
]


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    os.makedirs(DOCS, exist_ok=True)
    build_pdf(os.path.join(DOCS, "hotel-info.pdf"))
    build_docx(os.path.join(DOCS, "club-bylaws.docx"))
    write_text(os.path.join(DOCS, "product-page.html"), PRODUCT_HTML)
    write_text(os.path.join(DOCS, "meeting-notes.md"), MEETING_MD)
    write_text(os.path.join(DOCS, "short-story.txt"), STORY_TXT)
    lines = []
    for qid, question, lang, kind, answers in Q:
        obj = {"id": qid, "question": question, "lang": lang, "kind": kind,
               "answers": answers, "unanswerable": kind == "unanswerable"}
        lines.append(json.dumps(obj, ensure_ascii=False))
    write_text(os.path.join(HERE, "..", "blind-9.jsonl"), "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
