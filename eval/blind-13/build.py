#!/usr/bin/env python3
"""Build blind set 13: five invented Japanese documents and blind-13.jsonl.

All text lives in this file. Every run writes byte-identical files:
reportlab invariant mode, fixed .docx core properties and zip timestamps,
UTF-8 without BOM and with LF for the text files and the jsonl.

Environment:
  DOCS   folder for the five documents (default: this file's folder)
  JSONL  path of the question file (default: <DOCS>/../blind-13.jsonl)
"""
import datetime
import io
import json
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.environ.get("DOCS") or HERE
JSONL = os.environ.get("JSONL") or os.path.join(DOCS, "..", "blind-13.jsonl")

PDF_NAME = "hibari-stick-cleaner.pdf"
DOCX_NAME = "kamome-telework-kitei.docx"
HTML_NAME = "shionagi-bus-kaisei.html"
MD_NAME = "oncall-runbook.md"
TXT_NAME = "veranda-no-hatake.txt"


def write_text(path, text):
    assert "\r" not in text and text.endswith("\n")
    with open(path, "wb") as f:
        f.write(text.encode("utf-8"))


# ---------------------------------------------------------------------------
# 1. PDF: ヒバリ電器 コードレススティッククリーナー HB-SC70 取扱説明書（抜粋）
# ---------------------------------------------------------------------------

PDF_TITLE = "コードレススティッククリーナー 取扱説明書（抜粋）"
PDF_SUBTITLE = "〜 形名 HB-SC70「エアスリム」 〜"
PDF_ISSUED = "2026年4月 第1版　株式会社ヒバリ電器"
PDF_FOOTER = "HB-SC70 取扱説明書"

# (heading, [("p"|"note"|"bullet"|"table"|"box", content), ...])
# a table is (column widths in mm, rows); the first row is the header
PDF_SECTIONS = [
    ("安全上のご注意", [
        ("p", "ここに示した注意事項は、お使いになる方やほかの人への危害と、財産への損害を防ぐためのものです。"
              "必ずお守りください。"),
        ("bullet", "水や洗剤、灯油などの液体を吸わない（故障や発火の原因になります）"),
        ("bullet", "火のついたたばこ、灰、ガラスの破片、くぎなどを吸わない"),
        ("bullet", "充電には、必ず付属の充電アダプターを使う"),
        ("bullet", "浴室など湿気の多い場所や、直射日光の当たる場所で充電しない"),
        ("bullet", "お子さまだけで使わせたり、おもちゃにして遊ばせたりしない"),
        ("bullet", "分解や改造をしない（修理はお買い上げの販売店にご相談ください）"),
    ]),
    ("各部の名前", [
        ("p", "本体は、ハンドル、ダストカップ、延長パイプ、床用ヘッドの4つの部分に分けられます。"),
        ("bullet", "ハンドル：電源ボタン、モード切替ボタン、3つの残量ランプがあります"),
        ("bullet", "ダストカップ：透明で、ごみのたまり具合が外から見えます。中にフィルターが入っています"),
        ("bullet", "バッテリー：ハンドルの下に差し込んで取り付けます"),
        ("bullet", "床用ヘッド：前の部分にLEDライトが付いています"),
        ("bullet", "付属品：すき間ノズル、ブラシノズル、充電アダプター、スタンド"),
    ]),
    ("充電のしかた", [
        ("p", "お買い上げのときは、バッテリーが十分に充電されていません。"
              "初めてお使いになる前に、必ず充電してください。"),
        ("p", "充電アダプターのプラグを、ハンドルの充電口に差し込みます。"
              "残量ランプが1つずつ点滅して、充電が始まります。"
              "3つのランプがすべて点灯したままになったら、充電は完了です。"),
        ("p", "充電は、周りの温度が5℃〜35℃の室内で行ってください。"
              "寒すぎる場所や暑すぎる場所では、バッテリーを守るために充電が止まり、ランプが速く点滅します。"),
    ]),
    ("使いかた", [
        ("p", "電源ボタンを押すと「標準」モードで運転が始まり、もう一度押すと止まります。"
              "運転中にモード切替ボタンを押すたびに、「標準」と「強」が切り替わります。"),
        ("p", "フローリングや畳は「標準」で、じゅうたんの奥に入り込んだごみや砂は「強」でお掃除ください。"),
        ("p", "延長パイプを外してハンドルにすき間ノズルを直接取り付けると、家具のすき間や車の座席も掃除できます。"),
        ("p", "使い終わったら、付属のスタンドに立てて保管してください。"),
    ]),
    ("お手入れ", [
        ("p", "ダストカップのごみは、「MAX」の線に達する前に捨ててください。"
              "ごみがたまったまま使い続けると、吸い込む力が弱くなります。"),
        ("p", "ダストカップとフィルターは、月に1回を目安に水洗いしてください。"
              "洗ったあとは、風通しのよい日陰で24時間以上乾かします。"
              "生乾きのまま取り付けると、いやなにおいや故障の原因になります。"),
        ("p", "床用ヘッドの回転ブラシに髪の毛や糸が絡まったときは、ブラシを取り外し、はさみで切ってから取り除いてください。"),
    ]),
    ("故障かな？と思ったら", [
        ("p", "修理をご依頼になる前に、次の表をご確認ください。"),
        ("table", ([48, 56, 52], [
            ["症状", "原因", "対処"],
            ["電源を入れても動かない", "バッテリーが切れている", "充電してください"],
            ["運転中に止まってしまう", "フィルターが目詰まりしている", "ごみを捨て、フィルターを洗う"],
            ["吸い込む力が弱い", "吸込口に物が詰まっている", "吸込口の詰まりを取り除く"],
            ["ランプが速く点滅する", "充電場所の温度が適していない", "5℃〜35℃の室内で充電する"],
            ["いやなにおいがする", "フィルターが乾いていない", "フィルターをよく乾かす"],
        ])),
        ("note", "※表の対処をしても直らないときは、使うのをやめて、お客様相談窓口にご相談ください。"),
    ]),
    ("仕様", [
        ("table", ([46, 110], [
            ["項目", "内容"],
            ["形名", "HB-SC70"],
            ["電源", "リチウムイオン電池 DC25.2V"],
            ["充電時間", "約3.5時間"],
            ["連続運転時間", "標準モード：約40分／強モード：約10分"],
            ["集じん容積", "0.4L"],
            ["質量", "1.5kg（延長パイプと床用ヘッドを含む）"],
            ["充電アダプター", "入力 AC100V 50/60Hz"],
        ])),
        ("note", "※運転時間は、満充電した新しいバッテリーで、床用ヘッドを付けて運転したときの目安です。"
                 "使う場所や周りの温度によって短くなることがあります。"),
    ]),
    ("お問い合わせ", [
        ("p", "使っている途中で煙が出る、焦げくさいなどの異常に気づいたときは、すぐに運転を止めて、"
              "充電アダプターを抜いてからご連絡ください。"),
        ("box", [
            "株式会社ヒバリ電器 お客様相談窓口",
            "電話 000-480-3310（受付 9時〜18時、年末年始を除く）",
            "ウェブサイト https://www.hibari-denki.example/support/",
            "お問い合わせの際は、形名（HB-SC70）とお買い上げ日をお知らせください。",
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
    from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    MIN, GO = "HeiseiMin-W3", "HeiseiKakuGo-W5"
    navy = colors.HexColor("#27466b")
    light = colors.HexColor("#e9eff6")

    body = ParagraphStyle("body", fontName=MIN, fontSize=10, leading=15,
                          wordWrap="CJK", spaceAfter=4)
    title = ParagraphStyle("title", fontName=GO, fontSize=17, leading=23,
                           alignment=TA_CENTER, wordWrap="CJK", spaceAfter=4)
    subtitle = ParagraphStyle("subtitle", fontName=MIN, fontSize=11, leading=16,
                              alignment=TA_CENTER, wordWrap="CJK", spaceAfter=2)
    issued = ParagraphStyle("issued", fontName=MIN, fontSize=9, leading=13,
                            alignment=TA_RIGHT, wordWrap="CJK", spaceAfter=4)
    heading = ParagraphStyle("heading", fontName=GO, fontSize=12, leading=17,
                             textColor=navy, backColor=light,
                             borderPadding=(3, 4, 3, 4),
                             spaceBefore=9, spaceAfter=7, wordWrap="CJK",
                             keepWithNext=1)
    note = ParagraphStyle("note", parent=body, fontSize=9, leading=13.5,
                          leftIndent=9, firstLineIndent=-9, spaceAfter=2)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=10,
                            firstLineIndent=-10, spaceAfter=1)
    cell = ParagraphStyle("cell", fontName=MIN, fontSize=9.5, leading=13,
                          wordWrap="CJK")
    cellh = ParagraphStyle("cellh", parent=cell, fontName=GO,
                           textColor=colors.white)
    box = ParagraphStyle("box", parent=body, spaceAfter=0)

    def h(text):
        return Paragraph("■ " + text, heading)

    story = [
        Paragraph(PDF_TITLE, title),
        Paragraph(PDF_SUBTITLE, subtitle),
        Paragraph(PDF_ISSUED, issued),
    ]
    for head, blocks in PDF_SECTIONS:
        story.append(h(head))
        for kind, content in blocks:
            if kind == "p":
                story.append(Paragraph(content, body))
            elif kind == "note":
                story.append(Paragraph(content, note))
            elif kind == "bullet":
                story.append(Paragraph("・" + content, bullet))
            elif kind == "table":
                widths, data = content
                rows = []
                for i, r in enumerate(data):
                    st = cellh if i == 0 else cell
                    rows.append([Paragraph(c, st) for c in r])
                t = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1)
                ts = [
                    ("BACKGROUND", (0, 0), (-1, 0), navy),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8fa3bb")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
                for i in range(2, len(rows), 2):
                    ts.append(("BACKGROUND", (0, i), (-1, i), light))
                t.setStyle(TableStyle(ts))
                story += [t, Spacer(1, 5)]
            elif kind == "box":
                bx = Table([[[Paragraph(c, box) for c in content]]],
                           colWidths=[156 * mm])
                bx.setStyle(TableStyle([
                    ("BOX", (0, 0), (-1, -1), 0.8, navy),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ]))
                story.append(bx)
            else:
                raise ValueError(kind)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setStrokeColor(navy)
        canvas.setLineWidth(0.6)
        canvas.line(20 * mm, 16 * mm, A4[0] - 20 * mm, 16 * mm)
        canvas.setFont(MIN, 8.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(20 * mm, 11 * mm, PDF_FOOTER)
        canvas.drawRightString(A4[0] - 20 * mm, 11 * mm,
                               "- %d -" % canvas.getPageNumber())
        canvas.restoreState()

    doc = SimpleDocTemplate(
        path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
        topMargin=18 * mm, bottomMargin=22 * mm,
        title=PDF_TITLE, author="株式会社ヒバリ電器",
        subject="コードレススティッククリーナー HB-SC70 取扱説明書（評価用の架空文書）",
        keywords="掃除機, スティッククリーナー, 充電, お手入れ",
        creator="blind-13 build.py", producer="ReportLab",
        invariant=1,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------
# 2. DOCX: 株式会社カモメ測量設計 在宅勤務規程
# ---------------------------------------------------------------------------

DOCX_TITLE = "在宅勤務規程"
DOCX_SUBTITLE = "株式会社カモメ測量設計　総務部"

# ("h1"|"p"|"bullet"|"number"|"table"|"right", content)
DOCX_BODY = [
    ("h1", "1. 目的"),
    ("p", "この規程は、株式会社カモメ測量設計（以下「会社」）の社員が自宅で勤務する場合のルールを定めるものです。"
          "在宅勤務を取り入れることで、育児や介護と仕事を両立しやすくし、"
          "図面の作成や計算など、集中を要する作業の効率を高めることを目指します。"),
    ("h1", "2. 対象者"),
    ("p", "次の条件をすべて満たす社員が、在宅勤務を申請できます。"),
    ("bullet", "入社後6か月以上が経過していること"),
    ("bullet", "自宅に、業務に集中できる個室か、家族の生活の場と区切られた場所があること"),
    ("bullet", "担当する業務を在宅で行えると、上長が認めていること"),
    ("p", "初めて在宅勤務をする社員は、その前日までに、情報システム課が行うオンライン研修を受けてください。"),
    ("p", "契約社員とパートタイマーも、上の条件を満たせば対象になります。"
          "現場での測量を主な業務とする社員は、事務所で図面や書類を作る日に限って在宅勤務ができます。"),
    ("h1", "3. 申請の手続き"),
    ("p", "在宅勤務ができるのは、1週間に3日までです。申請は次の順に行ってください。"),
    ("number", "在宅勤務をする週の前週の金曜日までに、勤怠システムで予定日を申請する"),
    ("number", "上長が業務の内容を確認し、勤怠システム上で承認する"),
    ("number", "承認されたら、貸与パソコンと充電器を忘れずに持ち帰る"),
    ("p", "子どもの急な発熱などで、当日になって在宅勤務が必要になったときは、"
          "始業の30分前までに上長へ電話で相談してください。"
          "上長が認めた場合は、翌日までに勤怠システムで事後の申請をします。"),
    ("h1", "4. 勤務時間と連絡"),
    ("p", "始業と終業の時刻は、会社で働く場合と同じく9時から18時まで、休憩は12時から13時までです。"),
    ("p", "始業と終業のときには、社内チャット「カモメトーク」の勤怠チャンネルに書き込んでください。"
          "勤務中に私用で席を離れるときは、離れる時間と戻る時刻を上長に伝えます。"),
    ("p", "上長や同僚からの連絡には、原則として30分以内に返事をしてください。"
          "会議中などですぐに返事ができないときは、チャットの状態表示を「取り込み中」にしておきます。"),
    ("p", "残業は原則として認めません。やむを得ず必要なときは、事前に上長の許可を得てください。"),
    ("h1", "5. 情報セキュリティ"),
    ("p", "業務には、会社が貸与したパソコンだけを使ってください。"
          "私物のパソコンやタブレットで会社のデータを扱ってはいけません。"),
    ("p", "社外から会社のシステムに接続するときは、必ずVPNを使います。"
          "駅や飲食店などの公衆無線LANには接続しないでください。"
          "通信の内容を第三者に読み取られるおそれがあるためです。"),
    ("p", "家族と共用の部屋で作業するときは、画面に覗き見防止フィルターを貼ってください。"
          "短い時間でも席を離れるときは、必ず画面をロックします。"),
    ("p", "紙の書類は、原則として持ち帰らないでください。"
          "やむを得ず持ち帰った書類は、自宅で捨てずに会社へ戻し、会社のシュレッダーで処分します。"),
    ("p", "貸与パソコンの紛失や盗難に気づいたときは、時間帯にかかわらず、すぐに情報システム課（内線215）へ連絡してください。"),
    ("h1", "6. 費用の負担"),
    ("p", "在宅勤務にかかる費用は、次の表のとおり負担します。"),
    ("table", [
        ["費用の種類", "負担する人", "備考"],
        ["パソコン・スマートフォン", "会社", "会社が貸与したものを使う"],
        ["外付けモニター", "会社", "希望者に1台まで貸与"],
        ["通信費・電気代", "本人", "在宅勤務手当（月額3,000円）で補助"],
        ["机や椅子などの家具", "本人", "購入費の補助はない"],
        ["業務で使う郵送料・印刷代", "会社", "領収書を添えて経費精算する"],
    ]),
    ("p", "在宅勤務手当は、その月に1日でも在宅勤務をした場合に、翌月の給与と一緒に支給します。"
          "表にない費用がかかりそうなときは、前もって総務部に相談してください。"),
    ("h1", "7. 禁止事項"),
    ("p", "在宅勤務中は、次のことをしてはいけません。"),
    ("bullet", "自宅以外の場所（カフェ、実家、旅行先など）で働くこと"),
    ("bullet", "勤務時間中に、申告していない私用の外出をすること"),
    ("bullet", "業務の画面や資料を、家族を含む第三者に見せること"),
    ("bullet", "会社のデータを、私物のUSBメモリや個人のクラウドサービスに保存すること"),
    ("p", "禁止事項に反した場合は、在宅勤務の許可を取り消すことがあります。"),
    ("h1", "8. 改定履歴"),
    ("p", "2021年4月1日　制定"),
    ("p", "2023年10月1日　在宅勤務手当を新設"),
    ("p", "2026年4月1日　在宅勤務ができる日数の上限を、週2日から週3日に変更"),
    ("right", "以上　株式会社カモメ測量設計 総務部"),
]

DOCX_TIME = datetime.datetime(2026, 4, 1, 9, 0, 0)
DOCX_ZIP_TIME = (2026, 4, 1, 9, 0, 0)


def build_docx(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()

    def set_ea(style, name):
        rpr = style.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        rfonts.set(qn("w:eastAsia"), name)

    set_ea(d.styles["Normal"], "游明朝")
    for s in ("Title", "Subtitle", "Heading 1"):
        set_ea(d.styles[s], "游ゴシック")

    d.add_paragraph(DOCX_TITLE, style="Title")
    d.add_paragraph(DOCX_SUBTITLE, style="Subtitle")
    for kind, content in DOCX_BODY:
        if kind == "h1":
            d.add_heading(content, level=1)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "bullet":
            d.add_paragraph(content, style="List Bullet")
        elif kind == "number":
            d.add_paragraph(content, style="List Number")
        elif kind == "right":
            p = d.add_paragraph(content)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for i, row in enumerate(content):
                for j, text in enumerate(row):
                    c = t.cell(i, j)
                    c.text = text
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
        else:
            raise ValueError(kind)

    cp = d.core_properties
    cp.title = DOCX_TITLE
    cp.author = "株式会社カモメ測量設計 総務部"
    cp.last_modified_by = "株式会社カモメ測量設計 総務部"
    cp.subject = "在宅勤務規程（評価用の架空文書）"
    cp.keywords = "在宅勤務, テレワーク, 就業規則, 情報セキュリティ"
    cp.comments = "blind-13 build.py"
    cp.category = ""
    cp.revision = 1
    cp.created = DOCX_TIME
    cp.modified = DOCX_TIME
    cp.last_printed = DOCX_TIME

    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=DOCX_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# 3. HTML: 汐凪交通 ダイヤ改正・運賃改定のお知らせ
# ---------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ダイヤ改正・運賃改定のお知らせ｜汐凪交通 路線バス</title>
<style>
body { font-family: sans-serif; line-height: 1.8; margin: 0; color: #222; }
header, footer { background: #0f6e76; color: #fff; padding: 12px 24px; }
header nav ul, footer ul { list-style: none; display: flex; gap: 16px; padding: 0; margin: 6px 0 0; }
header nav a, footer a { color: #fff; }
main { max-width: 880px; margin: 0 auto; padding: 12px 24px 32px; }
.breadcrumb, .updated { font-size: 0.85em; color: #666; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #9fc4c7; padding: 6px 10px; text-align: left; }
thead th { background: #e3f1f2; }
ol.steps li { margin-bottom: 6px; }
details { border: 1px solid #c8d8da; border-radius: 4px; margin: 8px 0; padding: 6px 12px; }
summary { font-weight: bold; cursor: pointer; }
aside.related { border-top: 1px solid #ccc; margin-top: 24px; }
</style>
</head>
<body>
<header>
<p class="site-title">汐凪交通 路線バス</p>
<nav>
<ul>
<li><a href="/">ホーム</a></li>
<li><a href="/timetable/">時刻表・路線図</a></li>
<li><a href="/fare/">運賃・乗車券</a></li>
<li><a href="/news/">お知らせ</a></li>
<li><a href="/contact/">お問い合わせ</a></li>
</ul>
</nav>
</header>
<main>
<p class="breadcrumb"><a href="/">ホーム</a> ＞ <a href="/news/">お知らせ</a> ＞ ダイヤ改正・運賃改定</p>
<article>
<h1>10月1日（木）からダイヤ改正と運賃の改定を行います</h1>
<p class="updated">掲載日：2026年8月25日</p>
<p>いつも汐凪交通の路線バスをご利用いただき、ありがとうございます。運転士の不足と燃料費の上昇に対応するため、ダイヤの改正と運賃の改定を行うことになりました。ご不便をおかけしますが、ご理解とご協力をお願いいたします。</p>

<h2 id="date">改正日</h2>
<p>2026年10月1日（木）の始発から、新しいダイヤと運賃に切り替わります。9月30日（水）の最終便までは、これまでのダイヤと運賃で運行します。</p>
<p>改正日の前後は、車内や停留所の時刻表の貼り替えを順に行います。停留所の表示が古いままになっている場合がありますので、ご注意ください。</p>

<h2 id="changes">主な変更点</h2>
<ul>
<li>駅前線（汐凪駅〜市民病院）は、平日の日中の本数を1時間に4本から3本に減らします。</li>
<li>港めぐり線は、土曜・休日だけの運行になります。</li>
<li>丘の上団地線は汐凪駅まで直通しなくなり、「中央公園」で駅前線に乗り換えていただきます。</li>
<li>すべての路線で、汐凪駅発の最終便を30分早めます。</li>
<li>駅前線の「市役所前」停留所は、庁舎の建て替え工事のため、北へ約50メートル移ります。</li>
</ul>

<h2 id="fare">運賃</h2>
<p>市内の均一区間の運賃は、次のとおりです。</p>
<table>
<thead>
<tr><th>区分</th><th>現在の運賃</th><th>10月1日からの運賃</th></tr>
</thead>
<tbody>
<tr><td>大人（現金）</td><td>220円</td><td>250円</td></tr>
<tr><td>大人（ICカード）</td><td>210円</td><td>240円</td></tr>
<tr><td>小児（現金）</td><td>110円</td><td>130円</td></tr>
<tr><td>小児（ICカード）</td><td>100円</td><td>100円（据え置き）</td></tr>
<tr><td>1日乗車券（大人）</td><td>600円</td><td>700円</td></tr>
</tbody>
</table>
<p>※小児運賃は小学生が対象です。未就学のお子さまは、大人1人につき2人まで無料です。</p>
<p>※1日乗車券は、車内と汐凪駅前の案内所で販売しています。9月30日までに買った1日乗車券は、10月1日以降もそのままご利用いただけます。</p>

<h2 id="transfer">乗り換えの方法</h2>
<p>丘の上団地線から駅前線へは、中央公園で次のように乗り換えてください。2本目のバスの運賃はかかりません。</p>
<ol class="steps">
<li>丘の上団地線のバスを降りるときに、運転士に「乗り継ぎです」と伝えます。</li>
<li>ICカードの方はいつもどおり読み取り機にタッチし、現金の方は運賃を払って「乗継券」を受け取ります。</li>
<li>中央公園のバス停で、駅前線のバスに乗ります。</li>
<li>降りるときに、ICカードの方は読み取り機にタッチし、現金の方は乗継券を運賃箱に入れます。</li>
</ol>
<p>乗り継ぎができるのは、最初のバスを降りてから60分以内です。中央公園の停留所には、屋根とベンチのある待合所を新しく設けます。</p>

<h2 id="ic">ICカード</h2>
<p>10月1日からは、全国で使える交通系ICカードでもご乗車いただけます。当社のICカード「なぎカ」も、これまでどおりお使いいただけます。</p>
<p>「なぎカ」で乗車すると、1か月の利用金額に応じてポイントがたまり、次の乗車に使えます。ポイントのしくみは、改定後も変わりません。なお、ほかの交通系ICカードでは、ポイントはたまりません。</p>
<p>「なぎカ」へのチャージは、車内（千円札のみ）と汐凪駅前の案内所でできます。</p>

<h2 id="faq">よくある質問</h2>
<details>
<summary>改定前に買った回数券は、10月以降も使えますか？</summary>
<p>はい。2027年3月31日までは、差額なしでそのままお使いいただけます。4月1日からは使えなくなりますので、お早めにご利用ください。</p>
</details>
<details>
<summary>新しい時刻表はどこでもらえますか？</summary>
<p>9月15日から、車内と汐凪駅前の案内所で配ります。当社のホームページの「時刻表・路線図」でもご覧いただけます。</p>
</details>
<details>
<summary>ICカードの残高が足りないときはどうなりますか？</summary>
<p>降りるときに運転士にお申し出いただければ、足りない分を現金でお支払いいただけます。</p>
</details>
<details>
<summary>車いすのままでも乗れますか？</summary>
<p>すべての車両がノンステップバスです。運転士がスロープを用意しますので、乗るときにお声がけください。</p>
</details>
<details>
<summary>ベビーカーはたたまないといけませんか？</summary>
<p>たたまずにそのまま乗れます。車内では車輪のストッパーをかけ、お子さまから手を離さないようにしてください。</p>
</details>

<h2 id="contact">お問い合わせ</h2>
<p>汐凪交通株式会社 お客さまセンター　電話：000-418-7700（毎日 7時〜20時）</p>
<p>メール：info@shionagi-kotsu.example</p>
</article>
<aside class="related">
<h2>関連ページ</h2>
<ul>
<li><a href="/timetable/">時刻表・路線図</a></li>
<li><a href="/fare/">運賃・乗車券のご案内</a></li>
<li><a href="/lost/">忘れ物のお問い合わせ</a></li>
</ul>
</aside>
</main>
<footer>
<p>© 2026 汐凪交通株式会社（このページは架空のものです）</p>
<ul>
<li><a href="/privacy/">個人情報の取り扱い</a></li>
<li><a href="/sitemap/">サイトマップ</a></li>
</ul>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. Markdown: ツグミブックス Webチーム 障害対応ランブック
# ---------------------------------------------------------------------------

MD = """---
title: 障害対応ランブック（オンコール当番向け）
date: 2026-06-10
author: ツグミブックス Webチーム
tags: [オンコール, 障害対応, ランブック, SRE]
lang: ja
---

# 障害対応ランブック（オンコール当番向け）

株式会社ツグミ書房 ECサイト「ツグミブックス」Webチーム

- **対象**：ECサイト、会員API、在庫連携バッチ
- **当番の時間帯**：平日の19時〜翌朝9時、土日祝日は終日
- **通知先**：監視ツールのアラートは Slack の `#incident` チャンネルに届きます
- **最終更新**：2026年6月10日（山城）

## このランブックについて

このページは、夜間や休日に障害のアラートを受けた当番が、最初の1時間に何をすればよいかをまとめたものです。細かい調査の方法は、各システムの手順書に書いてあります。迷ったときは、このページに戻ってきてください。

当番は、会社から貸与されたノートパソコンとスマートフォンを、当番の間ずっと手の届くところに置いておきます。アラートの通知音は、マナーモードの間も鳴るように設定しておいてください。

## 当番の決め方

- 当番は1週間ごとの交代で、毎週月曜日の10時に引き継ぎます。
- 翌月の順番は、毎月25日までにチームの共有カレンダー「オンコール表」に入れます。
- 当番の日に都合が悪くなったときは、自分で代わりの人を見つけ、カレンダーを書き換えてから `#oncall` で知らせてください。
- 入社して3か月までの人は、サブ当番として先輩と2人で入ります。

引き継ぎのときは、その週に鳴ったアラートと、まだ対応が終わっていない件を `#oncall` に書き出してください。次の当番は、それを読んで分からないことがあれば、その場で質問します。

## 障害の重大度

| レベル | 状態の例 | 最初の報告 |
|---|---|---|
| SEV1 | サイト全体が見られない、決済ができない | 15分以内に第一報 |
| SEV2 | 検索やレビュー投稿など、一部の機能が使えない | 30分以内に第一報 |
| SEV3 | 表示の崩れ、特定のブラウザだけで起きる不具合 | 翌営業日の朝会で報告 |
| SEV4 | 社内向け管理画面の軽い不具合 | 週次の定例で共有 |

重大度に迷ったときは、一つ上のレベルとして扱ってください。あとから下げるのはかまいません。

## 初動の手順

1. アラートを受けたら、5分以内に `#incident` で「確認中」と書き込む
2. どの機能が、どのくらいの利用者に影響しているかを確かめ、重大度を決める
3. SEV1 か SEV2 なら、下の連絡先に電話する
4. 直前にリリースがあった場合は、まずそのリリースを元に戻す（ロールバック）
5. 何をしたかを、時刻と一緒にスレッドに書き残す

原因を突き止めるよりも、サービスを元どおりに動かすことを優先してください。お客さまが本を買えない時間を、少しでも短くするためです。

## 連絡先

電話は上から順にかけ、5分たっても出なければ次の人にかけてください。電話がつながらなかったときも、かけた相手と時刻を `#incident` のスレッドに残しておきます。あとから加わった人が、同じ確認をくり返さずに済むからです。

- Webチームリーダー：山城 恭平（000-5521-0801）
- 決済の担当：戸川 美緒（000-5521-0814）
- インフラの当番：[インフラ当番表](https://wiki.tsugumi.example/infra-oncall)で確認

## 事後レビュー（ふりかえり）

SEV1 と SEV2 の障害では、復旧してから5営業日以内に事後レビューを開きます。記録は `postmortem-template.md` を複製して書き、[レビュー一覧](https://wiki.tsugumi.example/postmortems)に追加してください。

事後レビューは、誰かの責任を問う場ではありません。同じ障害を二度と起こさないために、しくみのどこに穴があったのかを話し合う場です。

- 起きたことを、時刻の順に書き出す
- 影響を受けたお客さまの数と、その時間を書く
- 再発を防ぐ対策ごとに、担当者と期限を決める

レビューの日程は、当番だった人ではなく、チームリーダーが決めます。当番だった人は、対応の記録をもとに、起きたことを時刻の順に説明してください。

## よくある間違い

- アラートを既読にしただけで、誰も対応しないまま放っておく
- 本番のデータベースに、手順書にないコマンドを直接打ち込む
- 復旧したあとで、`#incident` に「解決」と書き忘れる
- 同じアラートが何度も鳴るので、通知を止めたまま元に戻し忘れる
- 影響の範囲を確かめる前に、思いつきで設定を変えてしまう
- 一人で抱え込む。**30分たっても見通しが立たなければ、迷わず応援を呼んでください。**
"""


# ---------------------------------------------------------------------------
# 5. Text: 葛西澄子「ベランダの畑」(Aozora Bunko style)
# ---------------------------------------------------------------------------

TXT = """ベランダの畑
葛西澄子

-------------------------------------------------------
【テキスト中に現れる記号について】

《》：ルビ
（例）紫蘇《しそ》

｜：ルビの付く文字列の始まりを特定する記号
（例）小さな｜如雨露《じょうろ》

［＃］：入力者注　主に外字の説明や、傍点の位置の指定
（例）土［＃「土」に傍点］
-------------------------------------------------------

［＃３字下げ］一［＃「一」は中見出し］

　いまの住まいに越してきて三度目の春に、私は初めてベランダへ土を運び入れた。ホームセンターで買った培養土の袋は思っていたよりずっと重く、エレベーターの中で二度も持ちかえた。
　ベランダは南向きで、奥行きは一メートルほどしかない。物干し竿の下に細長いプランターを三つ並べると、もう足の踏み場もなくなった。それでも、何か食べられるものを育ててみたかった。子どものころに祖母の畑で嗅いだ土の匂いを、ふいに思い出したからかもしれない。
　最初に植えたのは、ミニトマトの苗を二本と、紫蘇《しそ》と小松菜だった。園芸の本を一冊買って、書いてあるとおりに支柱を立て、麻ひもで茎をゆるく結んだ。小松菜は芽が出るとすぐに虫に見つかり、葉が穴だらけになったので、私は毎朝、割り箸で一匹ずつ虫をつまんだ。
　水やりは朝のうちに済ませることにした。夏の夕方に水をやると、鉢の中が蒸れて根が傷むと、その本に書いてあったからである。出勤の前に小さな｜如雨露《じょうろ》で水をやるのが、いつのまにか一日の始まりになった。

［＃３字下げ］二［＃「二」は中見出し］

　隣の部屋には、宇野《うの》さんという年配の男性がひとりで住んでいた。若いころは信州で林檎《りんご》を作っていたと、あとになって聞いた。
　五月のある朝、仕切り板の向こうから声がした。
「そのトマト、わき芽を摘まないと、実が太らないよ」
　驚いて身を乗り出すと、宇野さんは洗濯物を干す手を止めて笑っていた。わき芽というのは、茎と葉のつけ根から出てくる新しい芽のことで、放っておくと栄養がそちらに取られてしまうのだという。
　それから私たちは、仕切り板越しにときどき言葉を交わすようになった。
「水は、土の表面が乾いてからでいい。毎日やると根が怠けるんだ」
「根も怠けるんですか」
「楽をさせると、根は深く伸びない。人間と同じだよ」
　宇野さんはそう言って、自分で可笑《おか》しそうに笑った。その日から、私は土に指を差し入れて、乾き具合を確かめてから水をやるようにした。
　梅雨が明けると、ミニトマトは毎朝十粒ほど赤くなった。私はそれを小皿に載せて、仕切り板の上から差し出した。宇野さんは一粒つまんで口に入れ、しばらく黙っていたが、やがて「畑の味がする」とだけ言った。あれほどうれしかったほめ言葉を、私はほかに知らない。

［＃３字下げ］三［＃「三」は中見出し］

　秋の初めに、宇野さんは息子さんの住む町へ移ることになった。
　引っ越しの前の晩、宇野さんは紙袋をひとつ、仕切り板の上に置いていった。中には、新聞紙にくるんだ大根の種と、鉛筆で書いた短いメモが入っていた。
「九月のうちにまくこと。間引いた葉は、味噌汁に入れるとうまい」
　言われたとおりに種をまくと、五日ほどで双葉が並んだ。間引いた葉を味噌汁に浮かべると、かすかに青い匂いがした。
　冬になって抜いた大根は、私の手首ほどの太さしかなかった。それでも、煮るととろりと甘かった。宇野さんが話していたのは、本当は土［＃「土」に傍点］のことだけではなかったのかもしれない、といまでも思う。
　いま、隣の部屋には若い夫婦が住んでいる。朝、仕切り板の向こうから赤ん坊の泣き声が聞こえてくると、私は如雨露を持ったまま、少しだけ耳をすます。



底本：「日だまりの台所」白鷺書房
　　　1979（昭和54）年5月20日初版発行
入力：早乙女しずく
校正：野々宮けい
※この作品は評価用に書かれた架空の作品です。作者、底本、出版社、入力者、校正者はいずれも実在しません。
"""


# ---------------------------------------------------------------------------
# questions
# ---------------------------------------------------------------------------

QUESTIONS = [
    # --- hibari-stick-cleaner.pdf ---
    ("b13-001", "掃除してる途中で勝手に止まっちゃうんだけど、どうすればいい？", "ja", "table",
     ["ごみを捨て、フィルターを洗う"]),
    ("b13-002", "スイッチを押しても動かないとき、説明書のどこを見ればいいですか？", "ja", "section",
     ["故障かな？と思ったら"]),
    ("b13-003", "車のシートの掃除にも使いたいんですが、どうすればいいですか", "ja", "howto",
     ["すき間ノズルを直接取り付ける"]),
    ("b13-004", "洗ったフィルターをちゃんと乾かさないといけないのはなんで？", "ja", "why",
     ["いやなにおいや故障の原因になります"]),
    ("b13-005", "How long does it run on the strongest setting on a full charge?", "en", "fact",
     ["強モード：約10分"]),
    ("b13-006", "充電が終わったかどうかって、どうやって見分けるの？", "ja", "paraphrase",
     ["3つのランプがすべて点灯したまま"]),
    # --- kamome-telework-kitei.docx ---
    ("b13-007", "家で使う大きい画面のディスプレイって、会社から借りられますか？", "ja", "table",
     ["希望者に1台まで貸与"]),
    ("b13-008", "在宅の日は何時から働いて、上司にどう連絡を入れればいいのか、どの章を読めばいい？", "ja", "section",
     ["勤務時間と連絡"]),
    ("b13-009", "入社してどのくらいたったら在宅勤務を申し込めるの？", "ja", "list",
     ["入社後6か月以上"]),
    ("b13-010", "駅とかにある無料のWi-Fiにつないで仕事しちゃダメなのはどうして？", "ja", "why",
     ["通信の内容を第三者に読み取られるおそれがある"]),
    ("b13-011", "子どもが朝から熱を出してしまって、今日急に家で仕事をしたいです。どうすればいいですか", "ja", "howto",
     ["始業の30分前までに上長へ電話で相談"]),
    ("b13-012", "How many days a week am I allowed to work from home?", "en", "fact",
     ["1週間に3日まで"]),
    # --- shionagi-bus-kaisei.html ---
    ("b13-013", "子どもがICカードで乗る場合、10月からの運賃はいくらになりますか？", "ja", "table",
     ["100円（据え置き）"]),
    ("b13-014", "団地から駅まで行くのに途中でバスを乗り継ぐやり方が知りたい。どこを見ればいい？", "ja", "section",
     ["乗り換えの方法"]),
    ("b13-015", "なぎカの残高を増やしたいんだけど、どこでできる？", "ja", "howto",
     ["車内（千円札のみ）と汐凪駅前の案内所"]),
    ("b13-016", "値上げの前に買っておいた回数券って、あとでも普通に使えますか？", "ja", "paraphrase",
     ["差額なしでそのままお使いいただけます"]),
    ("b13-017", "How much earlier will the last bus leave Shionagi Station?", "en", "fact",
     ["最終便を30分早めます"]),
    ("b13-018", "どうしてダイヤを減らしたり運賃を上げたりすることになったんですか？", "ja", "why",
     ["運転士の不足と燃料費の上昇に対応するため"]),
    # --- oncall-runbook.md ---
    ("b13-019", "決済が通らなくなってるっぽい。最初の連絡はどれくらいのうちに入れればいいですか？", "ja", "table",
     ["15分以内に第一報"]),
    ("b13-020", "障害が片づいたあとに、みんなで原因を話し合う会のことはどの見出しに書いてある？", "ja", "section",
     ["事後レビュー（ふりかえり）"]),
    ("b13-021", "アラートが鳴ったら、まず5分以内に何をすればいいの？", "ja", "list",
     ["「確認中」と書き込む"]),
    ("b13-022", "当番の週にどうしても外せない用事が入ってしまいました。どうしたらいいですか", "ja", "howto",
     ["自分で代わりの人を見つけ"]),
    ("b13-023", "振り返りの会って、やらかした人が責められる場なの？", "ja", "paraphrase",
     ["誰かの責任を問う場ではありません"]),
    ("b13-024", "How often does the on-call duty rotate?", "en", "fact",
     ["1週間ごとの交代"]),
    # --- veranda-no-hatake.txt ---
    ("b13-025", "What did the neighbour say when he tasted the cherry tomatoes?", "en", "fact",
     ["畑の味がする"]),
    ("b13-026", "お隣さんが引っ越す前に置いていった袋には、何が入ってたの？", "ja", "fact",
     ["新聞紙にくるんだ大根の種"]),
    ("b13-027", "夕方じゃなくて朝に水をあげていたのはなぜですか？", "ja", "why",
     ["鉢の中が蒸れて根が傷む"]),
    ("b13-028", "宇野さんの話だと、水を毎日あげすぎるとどうなっちゃうの？", "ja", "paraphrase",
     ["毎日やると根が怠けるんだ", "根は深く伸びない"]),
    ("b13-029", "トマトの脇から出てくる芽を取らないといけないのはどうしてですか", "ja", "why",
     ["栄養がそちらに取られてしまう", "実が太らないよ"]),
    ("b13-030", "この人がベランダで野菜を作ってみようと思ったきっかけって何？", "ja", "paraphrase",
     ["祖母の畑で嗅いだ土の匂い"]),
    # --- near misses ---
    ("b13-031", "この掃除機って、保証期間は何年あるんですか？", "ja", "unanswerable", []),
    ("b13-032", "在宅勤務の日が多い月は、通勤手当ってどうなりますか？", "ja", "unanswerable", []),
    ("b13-033", "お年寄り向けの割引のパスは、今回の改定で値段が変わりますか？", "ja", "unanswerable", []),
    ("b13-034", "夜中に呼び出されたら、当番の手当みたいなものは出るの？", "ja", "unanswerable", []),
    ("b13-035", "筆者はマンションの何階に住んでいるんですか", "ja", "unanswerable", []),
    ("b13-036", "トマトにはどんな肥料をあげてたの？", "ja", "unanswerable", []),
]


def build_jsonl(path):
    lines = []
    for qid, q, lang, kind, answers in QUESTIONS:
        obj = {"id": qid, "question": q, "lang": lang, "kind": kind,
               "answers": answers, "unanswerable": not answers}
        lines.append(json.dumps(obj, ensure_ascii=False))
    write_text(path, "\n".join(lines) + "\n")


def main():
    os.makedirs(DOCS, exist_ok=True)
    build_pdf(os.path.join(DOCS, PDF_NAME))
    build_docx(os.path.join(DOCS, DOCX_NAME))
    write_text(os.path.join(DOCS, HTML_NAME), HTML)
    write_text(os.path.join(DOCS, MD_NAME), MD)
    write_text(os.path.join(DOCS, TXT_NAME), TXT)
    jp = os.path.normpath(JSONL)
    os.makedirs(os.path.dirname(jp) or ".", exist_ok=True)
    build_jsonl(jp)


if __name__ == "__main__":
    main()
