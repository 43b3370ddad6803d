#!/usr/bin/env python3
"""Build blind set 12: five invented Japanese documents and blind-12.jsonl.

All text lives in this file. Every run writes byte-identical files:
reportlab invariant mode, fixed .docx core properties and zip timestamps,
UTF-8 without BOM and with LF for the text files and the jsonl.

Environment:
  DOCS   folder for the five documents (default: this file's folder)
  JSONL  path of the question file (default: <DOCS>/../blind-12.jsonl)
"""
import datetime
import io
import json
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.environ.get("DOCS") or HERE
JSONL = os.environ.get("JSONL") or os.path.join(DOCS, "..", "blind-12.jsonl")

PDF_NAME = "kodomo-iryouhi.pdf"
DOCX_NAME = "corpo-hiiragi-rules.docx"
HTML_NAME = "fotonarabe-install.html"
MD_NAME = "syllabus-data-bunseki.md"
TXT_NAME = "tokeiya-no-maruisu.txt"


def write_text(path, text):
    assert "\r" not in text and text.endswith("\n")
    with open(path, "wb") as f:
        f.write(text.encode("utf-8"))


# ---------------------------------------------------------------------------
# 1. PDF: 霧ヶ丘市 こども医療費助成のご案内
# ---------------------------------------------------------------------------

PDF_TITLE = "霧ヶ丘市 こども医療費助成のご案内"
PDF_SUBTITLE = "〜 お子さまの通院・入院にかかる医療費を市が助成します 〜"
PDF_ISSUED = "2026年7月1日発行　霧ヶ丘市 こども未来部 こども家庭課"
PDF_FOOTER = "霧ヶ丘市 こども医療費助成のご案内"

# (heading, [("p"|"note"|"bullet"|"table"|"box", content), ...])
PDF_SECTIONS = [
    ("制度のあらまし", [
        ("p", "霧ヶ丘市では、子育て家庭の経済的な負担を軽くし、お子さまが必要なときに安心して医療を受けられるよう、"
              "健康保険が適用される医療費のうち、ご家庭で支払う自己負担分を市が助成しています。"
              "2026年10月診療分からは、これまで中学生までだった対象を高校生世代まで広げました。"
              "保護者の方の所得にかかわらず、対象となるお子さまはどなたでも助成を受けられます。"),
        ("p", "助成を受けるには、事前の申請が必要です。申請が済むと、「こども医療費受給者証」（以下「受給者証」）をお送りします。"),
    ]),
    ("対象となるお子さま", [
        ("p", "霧ヶ丘市に住民登録があり、健康保険に加入している、"
              "0歳から18歳になった後の最初の3月31日までのお子さまが対象です。"
              "ただし、生活保護を受けている方や、ひとり親家庭等医療費助成など、"
              "ほかの制度で医療費の助成を受けている方は除きます。"),
    ]),
    ("助成の内容", [
        ("p", "医療機関や薬局の窓口でお支払いいただくのは、下の表の一部負担金だけです。"),
        ("table", [
            ["区分", "通院", "入院", "薬局での調剤"],
            ["未就学児（小学校入学前）", "自己負担なし", "自己負担なし", "自己負担なし"],
            ["小学生", "1回200円", "1日100円", "自己負担なし"],
            ["中学生", "1回300円", "1日200円", "自己負担なし"],
            ["高校生世代（18歳まで）", "1回500円", "1日500円", "自己負担なし"],
        ]),
        ("note", "※通院の一部負担金は、同じ医療機関につき、小学生・中学生は月2回まで、高校生世代は月4回までです。それを超えた分はかかりません。"),
        ("note", "※入院の一部負担金は、1か月あたり最大10日分までです。"),
        ("note", "※健康保険が適用されない費用（予防接種、健康診断、差額ベッド代、診断書などの文書料）は、助成の対象になりません。"),
        ("note", "※高額療養費や、健康保険組合の付加給付にあたる分は、差し引いて助成します。"),
    ]),
    ("申請の方法", [
        ("p", "申請は、市役所本庁舎2階のこども家庭課の窓口と、東部・西部の各支所で受け付けています。"),
        ("p", "平日に来庁するのが難しい方は、市のホームページの「きりがおかスマート申請」からも申請できます。"),
        ("p", "出生や転入のときは、その翌日から数えて14日以内に申請してください。"
              "期限内に申請すれば、出生日または転入日にさかのぼって助成を受けられます。"),
    ]),
    ("申請に必要なもの", [
        ("bullet", "お子さまの健康保険の資格がわかるもの（資格確認書、またはマイナ保険証の資格情報のお知らせ）"),
        ("bullet", "申請する保護者の本人確認書類（運転免許証、マイナンバーカードなど）"),
        ("bullet", "保護者とお子さまのマイナンバーがわかるもの"),
        ("bullet", "振込先の口座がわかるもの（保護者名義の通帳やキャッシュカード）"),
    ]),
    ("医療機関を受診するとき", [
        ("p", "県内の医療機関では、受診のたびに、健康保険の資格確認書（またはマイナ保険証）と受給者証を窓口で見せてください。"
              "表の一部負担金だけのお支払いで済みます。"
              "受給者証は医療機関が市に費用を請求するために使いますので、毎回忘れずにお持ちください。"),
        ("p", "県外では受給者証は使えません。県外の医療機関とは、支払いの取り決めを結んでいないためです。"
              "この場合は、いったん窓口で医療費を支払い、後から払い戻しを申請してください。"),
    ]),
    ("払い戻し（償還払い）の申請", [
        ("p", "受給者証を持たずに受診したときや、県外の医療機関にかかったとき、治療用の装具（コルセットなど）を作ったときは、"
              "支払った医療費の払い戻しを申請できます。"),
        ("p", "申請には、受給者証、領収書（受診者名と保険診療の点数が書かれたもの）、振込先の口座がわかるものが必要です。"
              "治療用装具の場合は、医師の意見書と、健康保険から払い戻しを受けたことがわかる通知もお持ちください。"),
        ("p", "申請できる期間は、受診した日の翌月1日から2年間です。"
              "期間を過ぎると払い戻しを受けられなくなりますので、早めに手続きをしてください。"
              "審査のあと、申請した月の翌月末に振り込みます。"),
    ]),
    ("こんなときは届け出を", [
        ("bullet", "住所、氏名、加入している健康保険が変わったとき"),
        ("bullet", "お子さまが市外へ転出するとき（受給者証をお返しください）"),
        ("bullet", "交通事故など、ほかの人の行為によるけがで受診したとき"),
        ("p", "届け出は、変わった日から14日以内にお願いします。"
              "受給者証の有効期限は毎年7月31日です。新しい受給者証は、7月下旬にご自宅へお送りします。"),
    ]),
    ("お問い合わせ", [
        ("box", [
            "霧ヶ丘市 こども未来部 こども家庭課 医療助成係",
            "〒000-0000 霧ヶ丘市中町3丁目5番1号 本庁舎2階",
            "電話 000-274-5510（平日 8時30分〜17時15分）",
            "メール kodomo-iryo@city.kirigaoka.example",
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
    green = colors.HexColor("#2e7d5b")
    light = colors.HexColor("#eaf5ef")

    body = ParagraphStyle("body", fontName=MIN, fontSize=10, leading=15.5,
                          wordWrap="CJK", spaceAfter=4)
    title = ParagraphStyle("title", fontName=GO, fontSize=19, leading=25,
                           alignment=TA_CENTER, wordWrap="CJK", spaceAfter=4)
    subtitle = ParagraphStyle("subtitle", fontName=MIN, fontSize=11, leading=16,
                              alignment=TA_CENTER, wordWrap="CJK", spaceAfter=2)
    issued = ParagraphStyle("issued", fontName=MIN, fontSize=9, leading=13,
                            alignment=TA_RIGHT, wordWrap="CJK", spaceAfter=6)
    heading = ParagraphStyle("heading", fontName=GO, fontSize=12, leading=17,
                             textColor=green, backColor=light,
                             borderPadding=(3, 4, 3, 4),
                             spaceBefore=10, spaceAfter=7, wordWrap="CJK",
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
                rows = []
                for i, r in enumerate(content):
                    st = cellh if i == 0 else cell
                    rows.append([Paragraph(c, st) for c in r])
                t = Table(rows, colWidths=[52 * mm, 34 * mm, 34 * mm, 36 * mm],
                          repeatRows=1)
                ts = [
                    ("BACKGROUND", (0, 0), (-1, 0), green),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7fa896")),
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
                    ("BOX", (0, 0), (-1, -1), 0.8, green),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ]))
                story.append(bx)
            else:
                raise ValueError(kind)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setStrokeColor(green)
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
        title=PDF_TITLE, author="霧ヶ丘市 こども未来部 こども家庭課",
        subject="こども医療費助成の案内（評価用の架空文書）",
        keywords="こども医療費, 助成, 受給者証, 払い戻し",
        creator="blind-12 build.py", producer="ReportLab",
        invariant=1,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------
# 2. DOCX: コーポ柊 入居者のしおり（住まいのルール）
# ---------------------------------------------------------------------------

DOCX_TITLE = "入居者のしおり（住まいのルール）"
DOCX_SUBTITLE = "コーポ柊　管理：有限会社ひいらぎ住宅サービス"

# ("h1"|"p"|"bullet"|"number"|"table"|"right", content)
DOCX_BODY = [
    ("h1", "1. はじめに"),
    ("p", "コーポ柊は、木造2階建て・全12戸の賃貸アパートです。壁や床を通して生活の音が伝わりやすい建物ですので、"
          "入居者の皆さまが互いに気持ちよく暮らせるよう、このしおりのルールを守ってください。"),
    ("p", "このしおりは、賃貸借契約書の第15条にいう「使用細則」にあたります。"
          "ルールに反する行為が続き、注意しても改められない場合は、契約を解除することがあります。"),
    ("h1", "2. ごみの出し方"),
    ("p", "ごみは、建物北側のごみ置き場に、収集日の朝8時30分までに出してください。"
          "前日の夜に出すと、カラスや猫に袋を破られて周りが散らかるため、夜のうちに出すことは禁止です。"),
    ("table", [
        ["種類", "収集日", "出し方"],
        ["燃えるごみ", "毎週月曜日・木曜日", "市の指定袋（黄色）に入れる"],
        ["びん・缶・ペットボトル", "毎週水曜日", "中を軽くすすぎ、青いコンテナに入れる"],
        ["古紙・段ボール", "第1・第3金曜日", "種類ごとにひもで十字にしばる"],
        ["燃えないごみ", "第2土曜日", "市の指定袋（透明）に入れる"],
        ["粗大ごみ", "申し込み制", "市の粗大ごみ受付センターに電話で申し込む"],
    ]),
    ("p", "分別されていないごみは収集されず、「警告シール」が貼られます。出した人が持ち帰り、正しく分け直してください。"),
    ("h1", "3. 生活音について"),
    ("p", "夜10時から朝7時までは、掃除機や洗濯機を使わないでください。"
          "浴室の換気扇やドライヤーなど、短い時間で済むものはかまいません。"),
    ("p", "椅子の脚にフェルトを貼る、厚手のラグを敷くなどして、足音や物を落とした音が下の階に響かないよう工夫してください。"),
    ("p", "ご友人を招くときも、大声で騒いだり、窓を開けたまま音楽を流したりしないようお願いします。"),
    ("h1", "4. 共用部分の使い方"),
    ("p", "廊下、階段、駐輪場、ごみ置き場などは、入居者全員で使う場所です。次のことを守ってください。"),
    ("bullet", "廊下や階段に、ベビーカーや植木鉢などの私物を置かない"),
    ("bullet", "自転車は、駐輪場の自分の部屋番号の区画にとめる"),
    ("bullet", "駐輪場のステッカーが貼られていない自転車は、撤去することがある"),
    ("bullet", "ベランダは火事のときの避難経路なので、隣との仕切り板の前に物を置かない"),
    ("bullet", "敷地内は全面禁煙とする（ベランダでの喫煙も禁止）"),
    ("bullet", "集合ポストにチラシをためず、こまめに取り出す"),
    ("p", "共用部分の電球が切れているのを見つけたときは、管理会社までお知らせください。"),
    ("h1", "5. ペットと楽器"),
    ("p", "犬や猫をはじめ、鳴き声を出す動物や毛の抜ける動物は飼えません。一時的に預かる場合も同じです。"
          "金魚や熱帯魚など、水槽で飼う魚は飼育できます。"),
    ("p", "ピアノやドラムなど、大きな音の出る楽器は演奏できません。"
          "ギターやバイオリンなどは、午前10時から午後8時までの間に限り、窓を閉めて演奏してください。"),
    ("h1", "6. 設備が故障したとき"),
    ("p", "エアコン、給湯器、換気扇など、部屋に備え付けの設備が故障したときは、ご自身で業者を呼ばずに、"
          "まず管理会社にご連絡ください。管理会社が手配した業者が修理し、普通に使っていて壊れた場合の費用は貸主が負担します。"
          "入居者が自分で手配した修理の費用は、お支払いできません。"),
    ("p", "窓ガラスのひび、網戸の破れ、鍵の具合が悪いといったことも、気づいたら早めにお知らせください。"
          "そのままにしておくと、直す範囲が広がってしまうことがあります。"),
    ("p", "夜間や休日に水漏れなど急を要するトラブルが起きたときは、24時間受付の緊急ダイヤル（000-615-0099）にお電話ください。"),
    ("h1", "7. 退去するとき"),
    ("p", "退去するときは、次の順に手続きをしてください。"),
    ("number", "退去日の1か月前までに、管理会社へ解約通知書を提出する"),
    ("number", "電気・ガス・水道の停止と、郵便物の転送を各自で申し込む"),
    ("number", "退去日に、管理会社の担当者と一緒に部屋の状態を確かめる"),
    ("number", "合鍵を含め、受け取った鍵をすべて返す"),
    ("p", "敷金は、部屋の確認のあとで修繕にかかる費用を差し引き、退去日から1か月以内にご指定の口座へお返しします。"
          "日に当たってできた壁紙の色あせや、家具を置いていた床のへこみなど、普通に暮らしていて生じた傷みは、"
          "入居者の負担にはなりません。"),
    ("h1", "8. 連絡先"),
    ("p", "管理会社：有限会社ひいらぎ住宅サービス（電話 000-615-0010、受付 9時〜18時、水曜定休）"),
    ("p", "緊急ダイヤル：000-615-0099（24時間受付）"),
    ("right", "2022年4月1日制定　2026年3月1日改訂　有限会社ひいらぎ住宅サービス"),
]

DOCX_TIME = datetime.datetime(2026, 3, 1, 10, 0, 0)
DOCX_ZIP_TIME = (2026, 3, 1, 10, 0, 0)


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

    set_ea(d.styles["Normal"], "ＭＳ 明朝")
    for s in ("Title", "Subtitle", "Heading 1"):
        set_ea(d.styles[s], "ＭＳ ゴシック")

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
    cp.author = "有限会社ひいらぎ住宅サービス"
    cp.last_modified_by = "有限会社ひいらぎ住宅サービス"
    cp.subject = "コーポ柊 入居者のしおり（評価用の架空文書）"
    cp.keywords = "賃貸, 住まいのルール, ごみ, 退去"
    cp.comments = "blind-12 build.py"
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
# 3. HTML: 「フォトならべ 3」インストールガイド
# ---------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>インストールガイド｜フォトならべ 3｜ソラマメソフト サポート</title>
<style>
body { font-family: sans-serif; line-height: 1.8; margin: 0; color: #222; }
header, footer { background: #2f5d8a; color: #fff; padding: 12px 24px; }
header nav ul, footer ul { list-style: none; display: flex; gap: 16px; padding: 0; margin: 6px 0 0; }
header nav a, footer a { color: #fff; }
main { max-width: 880px; margin: 0 auto; padding: 12px 24px 32px; }
.breadcrumb, .updated { font-size: 0.85em; color: #666; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #b8c4d0; padding: 6px 10px; text-align: left; }
thead th { background: #e6eef6; }
ol.steps li { margin-bottom: 6px; }
details { border: 1px solid #ccd; border-radius: 4px; margin: 8px 0; padding: 6px 12px; }
summary { font-weight: bold; cursor: pointer; }
aside.related { border-top: 1px solid #ccc; margin-top: 24px; }
</style>
</head>
<body>
<header>
<p class="site-title">ソラマメソフト サポートセンター</p>
<nav>
<ul>
<li><a href="/">ホーム</a></li>
<li><a href="/products/">製品情報</a></li>
<li><a href="/support/">サポート</a></li>
<li><a href="/download/">ダウンロード</a></li>
<li><a href="/contact/">お問い合わせ</a></li>
</ul>
</nav>
</header>
<main>
<p class="breadcrumb"><a href="/">ホーム</a> ＞ <a href="/support/">サポート</a> ＞ フォトならべ 3 インストールガイド</p>
<article>
<h1>「フォトならべ 3」インストールガイド</h1>
<p class="updated">最終更新日：2026年5月20日</p>
<p>「フォトならべ 3」は、パソコンにたまった写真を、撮影した日や場所、写っている人ごとに自動で整理するソフトです。このページでは、動作環境の確認から、インストール、ライセンスの認証、アンインストールまでの流れをご説明します。作業を始める前に、ほかのアプリをすべて終了しておいてください。</p>

<h2 id="env">動作環境</h2>
<p>お使いのパソコンが、次の条件を満たしているかご確認ください。</p>
<table>
<thead>
<tr><th>項目</th><th>Windows</th><th>Mac</th></tr>
</thead>
<tbody>
<tr><td>OS</td><td>Windows 10（64ビット版）、Windows 11</td><td>macOS 13 以降</td></tr>
<tr><td>メモリ</td><td>8GB以上（16GB以上を推奨）</td><td>8GB以上</td></tr>
<tr><td>ストレージの空き容量</td><td>4GB以上（写真の保存先は別）</td><td>4GB以上（写真の保存先は別）</td></tr>
<tr><td>画面の解像度</td><td>1366×768以上</td><td>1366×768以上</td></tr>
<tr><td>インターネット接続</td><td>ライセンスの認証と更新の確認に必要</td><td>ライセンスの認証と更新の確認に必要</td></tr>
</tbody>
</table>
<p>※32ビット版のWindowsと、Windows 8.1以前のバージョンには対応していません。</p>

<h2 id="install-win">インストールの手順（Windows）</h2>
<ol class="steps">
<li>ダウンロードページから、インストーラー「FotoNarabe3_Setup.exe」を保存します。</li>
<li>保存したファイルをダブルクリックします。「このアプリがデバイスに変更を加えることを許可しますか？」と表示されたら、「はい」を選びます。</li>
<li>使用許諾契約を読み、「同意する」を選んで「次へ」を押します。</li>
<li>インストール先のフォルダーを確認し、「インストール」を押します。通常は変えなくてかまいません。</li>
<li>「完了」と表示されたら「閉じる」を押します。デスクトップにアイコンが作られます。</li>
</ol>
<p>インストールにかかる時間は、通常5分ほどです。</p>

<h2 id="install-mac">インストールの手順（Mac）</h2>
<p>ダウンロードした「FotoNarabe3.dmg」を開き、表示された「フォトならべ 3」のアイコンを「アプリケーション」フォルダーにドラッグします。</p>
<p>初めて起動するときに「開発元を確認できません」と表示された場合は、Controlキーを押しながらアイコンをクリックし、表示されたメニューから「開く」を選んでください。2回目からは、通常どおりダブルクリックで起動できます。</p>

<h2 id="license">ライセンスの認証</h2>
<p>初めて起動すると、ライセンスキーの入力画面が表示されます。ご購入時にメールでお送りした英数字25桁のライセンスキーを入力し、「認証する」を押してください。</p>
<p>1つのライセンスで、同じ方がお使いになる2台までのパソコンにインストールできます。3台目のパソコンで使いたいときは、それまで使っていたパソコンで「ヘルプ」メニューの「ライセンスの解除」を行ってから、新しいパソコンで認証してください。</p>

<h2 id="uninstall">アンインストール（削除）の方法</h2>
<p>Windowsでは、「設定」から「アプリ」を開き、一覧にある「フォトならべ 3」を選んで「アンインストール」を押します。Macでは、「アプリケーション」フォルダーにあるアイコンをゴミ箱に入れます。</p>
<p>アンインストールしても、パソコンに保存されている写真は消えません。フォトならべは写真のファイルそのものには手を加えず、整理の情報だけを別のデータベースに保存しているためです。</p>

<h2 id="faq">よくある質問</h2>
<details>
<summary>インストールが途中で止まってしまいます。</summary>
<p>ウイルス対策ソフトがインストールを妨げている場合があります。ウイルス対策ソフトを一時的に停止してからもう一度お試しいただき、インストールが終わったら必ず元に戻してください。</p>
</details>
<details>
<summary>前のバージョン「フォトならべ 2」のデータは使えますか？</summary>
<p>はい。初めて起動したときに表示される「データの引き継ぎ」画面で「フォトならべ 2 から読み込む」を選ぶと、アルバムとタグを移行できます。</p>
</details>
<details>
<summary>ライセンスキーが書かれたメールが見つかりません。</summary>
<p>お問い合わせフォームに、ご購入時のメールアドレスとご注文番号を入力してお送りください。2営業日以内に、ライセンスキーをあらためてお知らせします。</p>
</details>
<details>
<summary>インターネットにつながっていなくても使えますか？</summary>
<p>ライセンスの認証が済んでいれば、オフラインでもお使いいただけます。ただし、撮影場所の地図表示と、更新の確認はできません。</p>
</details>

<h2 id="contact">お問い合わせ</h2>
<p>ソラマメソフト サポートセンター　電話：000-733-2020（平日10時〜17時）</p>
<p>メール：support@soramame-soft.example</p>
</article>
<aside class="related">
<h2>関連ページ</h2>
<ul>
<li><a href="/support/fotonarabe3/manual/">フォトならべ 3 操作マニュアル</a></li>
<li><a href="/support/fotonarabe3/update/">アップデート情報</a></li>
<li><a href="/support/faq/">サポート よくある質問一覧</a></li>
</ul>
</aside>
</main>
<footer>
<p>© 2026 株式会社ソラマメソフト（このページは架空のものです）</p>
<ul>
<li><a href="/privacy/">プライバシーポリシー</a></li>
<li><a href="/terms/">利用規約</a></li>
</ul>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. Markdown: 「データ分析入門」シラバス
# ---------------------------------------------------------------------------

MD = """---
title: 「データ分析入門」シラバス（2027年度 前期）
date: 2027-03-20
author: 葉山 まどか
tags: [シラバス, 経済学部, 統計, 表計算ソフト]
lang: ja
---

# データ分析入門（2027年度 前期）

東雲学院大学 経済学部 専門基礎科目

- **担当教員**：葉山 まどか（経済学部 准教授）
- **曜日・時限**：火曜日 3限（13:10〜14:40）
- **教室**：情報演習室B（図書館棟3階）
- **単位数**：2単位
- **対象**：経済学部の2年生以上（他学部の学生も履修できます）

## 授業の概要

ニュースや会社の報告書には、毎日のように数字やグラフが登場します。けれども、その数字がどのように集められ、どんな計算でまとめられたのかを意識しながら読む人は、それほど多くありません。この授業では、身近なデータを題材にして、表計算ソフトで集計し、グラフにまとめ、そこから何が言えて何が言えないのかを自分の言葉で説明する力を身につけます。扱うデータは、家計の支出、地域の人口の移り変わり、気温と売上の関係など、経済学部の学生にとって身近なものを中心に選びます。

数学の予備知識は、高校1年生で習う程度で十分です。毎回、前半の30分で考え方を説明し、後半は各自がパソコンを使って演習を行います。

## 到達目標

1. 平均値・中央値・標準偏差などの基本的な統計量を求め、その意味を説明できる
2. 目的に合ったグラフを選び、誤解を招かない形で作成できる
3. 二つの変数の関係を、散布図と相関係数を使って調べられる
4. 分析の結果を、根拠を示して短いレポートにまとめられる

## 授業計画

| 回 | テーマ | 内容 |
|---|---|---|
| 第1回 | ガイダンス | 授業の進め方、表計算ソフトの基本操作 |
| 第2〜3回 | データの整理 | 並べ替え、フィルター、ピボットテーブル |
| 第4〜5回 | 代表値とばらつき | 平均値・中央値・最頻値、分散と標準偏差 |
| 第6〜7回 | グラフの作り方 | 棒グラフ・折れ線グラフ・ヒストグラムの使い分け |
| 第8回 | 中間課題の発表 | 各自が選んだデータの集計結果を5分で発表 |
| 第9〜10回 | 二つの変数の関係 | 散布図と相関係数、相関と因果の違い |
| 第11〜12回 | 公的統計の読み方 | 家計調査や人口推計のデータを使った演習 |
| 第13〜14回 | 回帰分析の初歩 | 単回帰分析と、その結果の読み取り方 |
| 第15回 | まとめ | 期末レポートの書き方、質疑応答 |

## 成績評価の方法と基準

- 毎回の小課題：30％
- 中間課題の発表：20％
- 期末レポート：50％

小課題は、その回の授業が終わるまでに、学習支援システム「しののめポータル」から提出してください。ファイル名は `学籍番号_回数.xlsx` としてください。期末レポートはA4で4枚程度とし、締め切りは7月28日の正午です。

出席が授業回数の3分の2に満たない場合は、成績評価の対象になりません。

## 授業時間外の学修

毎回の授業のあとに、配布資料の練習問題を解いて、その回に学んだ操作を復習してください。目安は1回あたり90分です。中間課題の発表と期末レポートには、それぞれ数週間かけて取り組むことを想定しています。

## 生成AIの利用について

文章の言い回しを整えたり、表計算ソフトの関数の使い方を調べたりするために、生成AIを使ってもかまいません。ただし、分析の結果や数値そのものを生成AIに作らせることは認めません。生成AIを使った場合は、どの作業に使ったのかを、レポートの末尾に一、二行で書き添えてください。

## 教科書・参考書

- 教科書は指定しません。毎回の資料は[しののめポータル](https://portal.shinonome-gakuin.example/)で配布します。
- 参考書：[『はじめての統計とグラフ』（山吹出版、2024年）](https://books.example/hajimete-toukei)
- 参考書：[『データで考える経済学』（青嵐社、2022年）](https://books.example/data-de-kangaeru)

## 履修上の注意

- 授業では毎回、演習室のパソコンを使います。ノートパソコンを持参する必要はありません。
- 自宅で復習したい人は、表計算ソフトが入っていれば、どの製品を使ってもかまいません。
- 第8回の発表に向けて、第5回までに、分析してみたい公開データを一つ選んでおいてください。
- 第1回は必ず出席してください。演習室で使うアカウントを、その場で発行するためです。
- **遅刻は授業開始から20分まで**とし、それを過ぎた場合は欠席として扱います。

## オフィスアワー

水曜日の12:20〜13:00に、研究棟5階の512号室で質問を受け付けます。来る日の前日までに、メールで連絡してください。アドレスは hayama@shinonome-gakuin.example です。授業の内容に限らず、統計を使った卒業研究の相談も歓迎します。
"""


# ---------------------------------------------------------------------------
# 5. Text: 桐谷遥一「時計屋の丸椅子」(Aozora Bunko style)
# ---------------------------------------------------------------------------

TXT = """時計屋の丸椅子
桐谷遥一

-------------------------------------------------------
【テキスト中に現れる記号について】

《》：ルビ
（例）硝子戸《ガラスど》

｜：ルビの付く文字列の始まりを特定する記号
（例）銀の｜懐中時計《かいちゅうどけい》

［＃］：入力者注　主に外字の説明や、傍点の位置の指定
（例）正直［＃「正直」に傍点］
-------------------------------------------------------

［＃３字下げ］一［＃「一」は中見出し］

　港へ下りていく石段の途中に、小さな時計屋があった。硝子戸《ガラスど》には「時計　眼鏡　修繕いたします」と白いペンキで書かれ、店の奥では祖父《そふ》がいつも背中を丸めて、片目に拡大鏡をはめていた。
　小夜《さよ》は学校から帰ると、店の隅の丸椅子に腰かけて、祖父の手もとを眺めるのが好きだった。ピンセットの先で、米粒よりも小さな螺子《ねじ》がつまみ上げられ、音もなく穴におさまっていく。そのたびに小夜は息を止めた。
　霧の濃い夕方のことである。戸口の鈴が鳴って、古い外套《がいとう》を着た背の高い男が入ってきた。岬の灯台を守っている久我《くが》という人だと、祖父があとで教えてくれた。
「急に止まってしまいましてね」
　男が差し出したのは、蓋《ふた》の縁がすり減った銀の｜懐中時計《かいちゅうどけい》だった。
「灯台に明かりを入れる時刻を、わたしはこの時計で計っているんです。こいつがないと、どうにも落ち着かない」
　祖父は時計を耳にあて、しばらく黙っていたが、やがて「三日ください」とだけ言った。
　久我は少しほっとしたような顔をして帰っていった。戸口の鈴がもう一度鳴り、霧の中に背中が消えてしまうと、店の中には、たくさんの時計の音だけが残った。

［＃３字下げ］二［＃「二」は中見出し］

　その晩、祖父は裏蓋を開けて、小夜を手招きした。
「ごらん。ひげぜんまいが錆びついている」
　髪の毛よりも細い渦巻きのばねが、ところどころ赤茶けていた。
「どうして錆びたの」
「海の風には塩が混じっているからね。岬の上で毎日その風に吹かれていれば、金物はすぐにやられてしまう」
　祖父は引き出しの奥から、油紙に包んだ新しいばねを取り出した。取り寄せるとひと月はかかる部品で、いつか役に立つと思ってしまっておいたのだという。
　小夜にも仕事が与えられた。鹿の革で硝子蓋を磨くことである。息を吹きかけては拭き、また吹きかけては拭く。曇りがすっかり消えると、文字盤の細い数字が、水の底の小石のようにくっきりと見えた。
「磨けば磨くほど、時計は正直［＃「正直」に傍点］になる」
　祖父はそう言って、少しだけ笑った。
　その夜、小夜が寝床に入ってからも、店の奥には遅くまで明かりがついていた。夜中にふと目をさますと、襖《ふすま》のすきまから、こち、こち、という小さな音が聞こえてきた。直ったばかりの時計の音なのか、店じゅうの柱時計の音なのか、小夜にはわからなかった。その音を数えているうちに、小夜はまた眠ってしまった。

［＃３字下げ］三［＃「三」は中見出し］

　三日目の夕方、久我はまた霧といっしょにやってきた。祖父が竜頭《りゅうず》を巻いて手渡すと、時計はかすかな音を立てて、正しく時を刻みはじめた。
　久我は何度も頭を下げ、それから困ったように外套のポケットを探った。
「お代が少し足りないかもしれない。そのかわりと言ってはなんですが」
　そう言って小夜の手のひらにのせたのは、緑色の硝子の浮き玉だった。灯台の下の浜に流れ着いたものだという。小夜はそれを、店の窓辺の、いちばん日の当たる場所に置いた。
　久我が帰ったあと、祖父は道具を片づけながら言った。
「時計を直すというのはね、その人の時間を預かることなんだよ。だから、いいかげんな仕事はできない」
　小夜はうなずいて、窓の外を見た。霧の向こうで、岬の灯台がゆっくりと光の帯をまわしはじめていた。ちょうど日の入りの時刻だった。
　浮き玉の緑が、その光を受けて、一度だけまたたいた。



底本：「潮見坂短篇集」霞書房
　　　1961（昭和36）年9月15日初版発行
入力：水無瀬ひより
校正：宇佐美こう
※この作品は評価用に書かれた架空の作品です。作者、底本、出版社、入力者、校正者はいずれも実在しません。
"""


# ---------------------------------------------------------------------------
# questions
# ---------------------------------------------------------------------------

QUESTIONS = [
    # --- kodomo-iryouhi.pdf ---
    ("b12-001", "中学生の子が病院で診てもらうと、窓口で1回いくら払うことになりますか？", "ja", "table",
     ["1回300円"]),
    ("b12-002", "立て替えた病院代を返してもらう手続きって、どこを読めばいい？", "ja", "section",
     ["払い戻し（償還払い）の申請"]),
    ("b12-003", "平日は仕事で市役所に行けません。窓口以外で申し込む方法はありますか", "ja", "howto",
     ["「きりがおかスマート申請」からも申請できます"]),
    ("b12-004", "よその県の病院だと受給者証が使えないのはどうしてですか？", "ja", "why",
     ["支払いの取り決めを結んでいないため"]),
    ("b12-005", "払い戻しの申請っていつまでにすればいいの", "ja", "fact",
     ["受診した日の翌月1日から2年間"]),
    ("b12-006", "Until what age are a child's medical bills covered by the city?", "en", "paraphrase",
     ["18歳になった後の最初の3月31日まで"]),
    # --- corpo-hiiragi-rules.docx ---
    ("b12-007", "段ボールって何曜日に出せばいいんでしたっけ？", "ja", "table",
     ["第1・第3金曜日"]),
    ("b12-008", "金魚を飼いたいし、ギターも弾きたいんだけど、そういう決まりはどの章に書いてある？", "ja", "section",
     ["ペットと楽器"]),
    ("b12-009", "自転車ってどこに置いとけばいいの？", "ja", "list",
     ["駐輪場の自分の部屋番号の区画"]),
    ("b12-010", "ごみを前の晩のうちに出しておいちゃダメな理由って何？", "ja", "why",
     ["カラスや猫に袋を破られて周りが散らかるため"]),
    ("b12-011", "エアコンが動かなくなりました。自分で修理屋さんを呼んでもいいですか？", "ja", "howto",
     ["まず管理会社にご連絡ください"]),
    ("b12-012", "How far in advance do I have to give notice before moving out?", "en", "fact",
     ["退去日の1か月前までに"]),
    # --- fotonarabe-install.html ---
    ("b12-013", "Windowsで使う場合、メモリはどれくらい積んでいればいいですか？", "ja", "table",
     ["8GB以上（16GB以上を推奨）"]),
    ("b12-014", "このソフトをパソコンから消したいとき、手順はどの見出しのところにある？", "ja", "section",
     ["アンインストール（削除）の方法"]),
    ("b12-015", "Macで初めて立ち上げようとしたら警告が出て開けません。どうすればいいですか", "ja", "howto",
     ["Controlキーを押しながらアイコンをクリックし"]),
    ("b12-016", "前の版で作ったアルバムって、新しいほうに持ってこられる？", "ja", "paraphrase",
     ["アルバムとタグを移行できます"]),
    ("b12-017", "How many computers can I install the software on with one license?", "en", "fact",
     ["2台までのパソコンにインストールできます"]),
    ("b12-018", "アンインストールしても写真が消えないのはなんで？", "ja", "why",
     ["整理の情報だけを別のデータベースに保存しているため"]),
    # --- syllabus-data-bunseki.md ---
    ("b12-019", "相関と因果の違いを扱うのは何回目の授業ですか？", "ja", "table",
     ["第9〜10回"]),
    ("b12-020", "成績がどうやって決まるのか知りたいんだけど、どの見出しを見ればいい？", "ja", "section",
     ["成績評価の方法と基準"]),
    ("b12-021", "期末のレポートって成績の何割くらいを占めるの？", "ja", "list",
     ["期末レポート：50％"]),
    ("b12-022", "先生に質問しに研究室へ行きたいときは、どうすればいいですか", "ja", "howto",
     ["前日までに、メールで連絡してください"]),
    ("b12-023", "自分のノートPCを毎回持っていかないといけませんか？", "ja", "paraphrase",
     ["ノートパソコンを持参する必要はありません"]),
    ("b12-024", "Which room is the class held in?", "en", "fact",
     ["情報演習室B（図書館棟3階）"]),
    # --- tokeiya-no-maruisu.txt ---
    ("b12-025", "What did the lighthouse keeper give Sayo instead of the full payment?", "en", "fact",
     ["緑色の硝子の浮き玉"]),
    ("b12-026", "おじいさんが裏ぶたを開けてみたら、時計のどこが悪くなってたの？", "ja", "fact",
     ["ひげぜんまいが錆びついている"]),
    ("b12-027", "灯台守の時計は、なぜさびてしまったのでしょうか", "ja", "why",
     ["海の風には塩が混じっているから"]),
    ("b12-028", "修理のあいだ、小夜はどんなお手伝いをしたの？", "ja", "paraphrase",
     ["鹿の革で硝子蓋を磨くこと"]),
    ("b12-029", "久我さんにとって、あの懐中時計はどうしてそんなに大事だったんですか？", "ja", "why",
     ["灯台に明かりを入れる時刻"]),
    ("b12-030", "おじいさんは、時計を修理するのはどういうことだって小夜に話してた？", "ja", "paraphrase",
     ["その人の時間を預かること"]),
    # --- near misses ---
    ("b12-031", "受給者証をなくしちゃったんですが、もう一度出してもらえますか？", "ja", "unanswerable", []),
    ("b12-032", "部屋のネット回線って、入居したらすぐ使えるようになっていますか？", "ja", "unanswerable", []),
    ("b12-033", "Linuxのパソコンにもインストールできますか？", "ja", "unanswerable", []),
    ("b12-034", "履修したい人が多かったら抽選になりますか？", "ja", "unanswerable", []),
    ("b12-035", "小夜って何歳くらいの女の子なの？", "ja", "unanswerable", []),
    ("b12-036", "この時計屋さん、お店の名前はなんていうんですか", "ja", "unanswerable", []),
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
