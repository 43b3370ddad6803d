#!/usr/bin/env python3
"""Build blind set 11: five invented Japanese documents and blind-11.jsonl.

All text lives in this file. Every run writes byte-identical files:
reportlab invariant mode, fixed .docx core properties and zip timestamps,
UTF-8 without BOM and with LF for the text files and the jsonl.

Environment:
  DOCS   folder for the five documents (default: this file's folder)
  JSONL  path of the question file (default: <DOCS>/../blind-11.jsonl)
"""
import datetime
import io
import json
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.environ.get("DOCS") or HERE
JSONL = os.environ.get("JSONL") or os.path.join(DOCS, "..", "blind-11.jsonl")

PDF_NAME = "bousai-shiori.pdf"
DOCX_NAME = "security-guideline.docx"
HTML_NAME = "onsen-komorebi.html"
MD_NAME = "hiking-narusawa.md"
TXT_NAME = "press-release-kokomiru.txt"


def write_text(path, text):
    assert "\r" not in text and text.endswith("\n")
    with open(path, "wb") as f:
        f.write(text.encode("utf-8"))


# ---------------------------------------------------------------------------
# 1. PDF: 鷺ノ森町 防災のしおり
# ---------------------------------------------------------------------------

PDF_TITLE = "鷺ノ森町 防災のしおり"
PDF_SUBTITLE = "〜 地震・風水害に備えて　ご家庭で保管してください 〜"
PDF_ISSUED = "2026年4月1日発行　鷺ノ森町 総務課 防災係"
PDF_FOOTER = "鷺ノ森町 防災のしおり"

PDF_INTRO = [
    "鷺ノ森町では、今後30年以内に震度6弱以上の揺れに見舞われる確率が高いと予測されています。"
    "また、町の南側を流れる白瀬川は、大雨のたびに水位が上がりやすい川です。"
    "災害はいつ起こるかわかりません。このしおりには、避難所の場所、日ごろの備え、"
    "揺れを感じたときの動き方をまとめました。ご家族で一度目を通し、"
    "冷蔵庫の横など、すぐに手に取れる場所に保管してください。",
]

PDF_TABLE = [
    ["施設名", "対象地区", "種別", "収容人数"],
    ["鷺ノ森第一小学校", "本町・栄町", "指定避難所", "約450人"],
    ["町民体育館", "中央・緑ケ丘", "指定避難所", "約600人"],
    ["北部公民館", "北原・上北原", "指定避難所", "約120人"],
    ["鷺ノ森中学校グラウンド", "全地区", "一時避難場所", "約2,000人"],
    ["みなと高台公園", "港町・浜通り", "津波避難場所", "約800人"],
    ["福祉センターひだまり", "全地区", "福祉避難所", "約60人"],
]

PDF_TABLE_NOTES = [
    "※一時避難場所は、揺れがおさまるのを待ったり、周りの様子を見たりするために一時的に集まる場所です。宿泊はできません。",
    "※福祉避難所は、一般の避難所での生活が難しい高齢の方や障害のある方などのための施設です。直接向かうのではなく、町が受け入れを調整します。",
    "※ペットと一緒に避難できるのは町民体育館のみです。ケージ、リード、えさは飼い主がご用意ください。",
    "※白瀬川が氾濫するおそれがあるときは、川沿いにある第一小学校は開設せず、代わりに体育館と中学校の校舎を開放します。",
]

PDF_SUPPLIES_LEAD = (
    "避難するときにすぐ持ち出せるよう、リュックサックにまとめて玄関の近くに置いておきましょう。"
    "重さは、大人で10キロ程度までを目安にしてください。"
)

PDF_SUPPLIES = [
    "飲料水（1人1日3リットルが目安）",
    "非常食（缶詰、アルファ米、ビスケットなど）",
    "懐中電灯と予備の電池",
    "携帯ラジオ",
    "救急用品、常備薬、お薬手帳のコピー",
    "モバイルバッテリーと充電ケーブル",
    "現金（公衆電話用の10円玉も）",
    "マスク、ウェットティッシュ、簡易トイレ",
    "保険証や身分証明書のコピー",
]

PDF_SUPPLIES_AFTER = (
    "家庭での備蓄は最低3日分、できれば1週間分をそろえておくと安心です。"
    "ふだん食べているものを少し多めに買い置きし、古いものから使っていく「ローリングストック」もおすすめです。"
)

PDF_STEPS = [
    "1. まず身を守る。机の下にもぐり、頭と首を守ってください。",
    "2. 揺れがおさまったら、火の元を確認する。揺れている間に火を消しに行くとやけどをするおそれがあるため、無理に近づかないでください。",
    "3. 窓や扉を開けて、出口を確保する。建物がゆがんで扉が開かなくなることがあるためです。",
    "4. 屋外に出るときは靴をはく。割れたガラスなどで足をけがしないようにしましょう。",
    "5. 避難するときは、電気のブレーカーを落とす。停電が復旧したときに起きる通電火災を防ぐためです。",
    "6. 近所の方、特にひとり暮らしの高齢者に声をかけ、一緒に避難してください。",
]

PDF_CAUTION = [
    "避難は原則として徒歩で行ってください。自動車で避難すると道路が渋滞し、消防車や救急車の通行の妨げになります。",
    "大雨のときは、町から「高齢者等避難」や「避難指示」が出されます。避難指示が出たら、危険な場所にいる人は全員避難してください。"
    "夜間や、すでに道路が冠水しているときは、無理に外へ出ず、自宅の2階以上など安全な場所にとどまる「垂直避難」も選択肢の一つです。",
    "家族が離ればなれになったときのために、落ち合う場所を決めておきましょう。"
    "災害用伝言ダイヤル（171）の使い方も、ふだんから確認しておくと安心です。",
]

PDF_INFO = [
    "町では、防災行政無線のほか、「さぎのもり安心メール」で避難情報や気象警報をお知らせしています。登録は無料です。"
    "登録するには、touroku@anshin.saginomori.example あてに空メールを送信し、"
    "返信メールに書かれたページで、受け取りたい情報を選んでください。",
    "防災行政無線の放送が聞き取れなかったときは、電話（000-512-0171）で放送内容を確認できます。",
]

PDF_CONTACT = [
    "鷺ノ森町 総務課 防災係",
    "〒000-0000 鷺ノ森町本町2丁目1番1号",
    "電話 000-512-3100（平日 8時30分〜17時15分）",
    "夜間・休日 000-512-3199（役場宿直室）",
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
    navy = colors.HexColor("#1f4e79")
    orange = colors.HexColor("#c0504d")

    body = ParagraphStyle("body", fontName=MIN, fontSize=10, leading=15.5,
                          wordWrap="CJK", spaceAfter=4)
    title = ParagraphStyle("title", fontName=GO, fontSize=20, leading=26,
                           alignment=TA_CENTER, wordWrap="CJK", spaceAfter=4)
    subtitle = ParagraphStyle("subtitle", fontName=MIN, fontSize=11, leading=16,
                              alignment=TA_CENTER, wordWrap="CJK", spaceAfter=2)
    issued = ParagraphStyle("issued", fontName=MIN, fontSize=9, leading=13,
                            alignment=TA_RIGHT, wordWrap="CJK", spaceAfter=6)
    heading = ParagraphStyle("heading", fontName=GO, fontSize=12, leading=17,
                             textColor=colors.white, backColor=orange,
                             borderPadding=(3, 4, 3, 4), spaceBefore=10,
                             spaceAfter=7, wordWrap="CJK", keepWithNext=1)
    note = ParagraphStyle("note", parent=body, fontSize=9, leading=13.5,
                          leftIndent=9, firstLineIndent=-9, spaceAfter=2)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=10,
                            firstLineIndent=-10, spaceAfter=1)
    step = ParagraphStyle("step", parent=body, leftIndent=14,
                          firstLineIndent=-14, spaceAfter=3)
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
        h("はじめに"),
    ]
    story += [Paragraph(t, body) for t in PDF_INTRO]
    story.append(h("指定避難所・避難場所一覧"))
    rows = []
    for i, r in enumerate(PDF_TABLE):
        st = cellh if i == 0 else cell
        rows.append([Paragraph(c, st) for c in r])
    t = Table(rows, colWidths=[58 * mm, 36 * mm, 34 * mm, 28 * mm],
              repeatRows=1)
    ts = [
        ("BACKGROUND", (0, 0), (-1, 0), navy),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8497b0")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for i in range(2, len(rows), 2):
        ts.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#eef3f8")))
    t.setStyle(TableStyle(ts))
    story += [t, Spacer(1, 5)]
    story += [Paragraph(n, note) for n in PDF_TABLE_NOTES]
    story.append(h("非常持ち出し品の例"))
    story.append(Paragraph(PDF_SUPPLIES_LEAD, body))
    story += [Paragraph("・" + s, bullet) for s in PDF_SUPPLIES]
    story.append(Spacer(1, 4))
    story.append(Paragraph(PDF_SUPPLIES_AFTER, body))
    story.append(h("地震が起きたときの行動"))
    story += [Paragraph(s, step) for s in PDF_STEPS]
    story.append(h("避難するときの注意"))
    story += [Paragraph(p, body) for p in PDF_CAUTION]
    story.append(h("防災情報の受け取り方"))
    story += [Paragraph(p, body) for p in PDF_INFO]
    story.append(h("お問い合わせ"))
    bx = Table([[[Paragraph(c, box) for c in PDF_CONTACT]]],
               colWidths=[156 * mm])
    bx.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, navy),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
    ]))
    story.append(bx)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(MIN, 8.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(20 * mm, 12 * mm, PDF_FOOTER)
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm,
                               "%d / 2" % canvas.getPageNumber())
        canvas.restoreState()

    doc = SimpleDocTemplate(
        path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
        topMargin=18 * mm, bottomMargin=22 * mm,
        title=PDF_TITLE, author="鷺ノ森町 総務課 防災係",
        subject="防災のしおり（評価用の架空文書）",
        keywords="防災, 避難所, 非常持ち出し品, 地震",
        creator="blind-11 build.py", producer="ReportLab",
        invariant=1,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------
# 2. DOCX: 株式会社ミナセ物流 情報セキュリティガイドライン
# ---------------------------------------------------------------------------

DOCX_TITLE = "情報セキュリティガイドライン"
DOCX_SUBTITLE = "株式会社ミナセ物流　全従業員向け（第3版）"

# ("h1"|"h2"|"p"|"bullet"|"number"|"table"|"right", content)
DOCX_BODY = [
    ("h1", "1. 目的と対象"),
    ("p", "このガイドラインは、当社が扱うお客さまの情報や社内の情報を、漏えい・紛失・改ざんから守るために、"
          "従業員一人ひとりが守るべきルールを定めたものです。正社員だけでなく、契約社員、パートタイマー、"
          "派遣社員、業務委託先の常駐スタッフを含め、当社の情報や端末を扱うすべての人が対象です。"),
    ("p", "物流の仕事では、お届け先の氏名・住所・電話番号といった個人情報を毎日大量に扱います。"
          "一度の事故で、お客さまからの信頼を長く失うことになりかねません。"
          "年に一度の研修とあわせて、必ず全文を読んでください。"),
    ("h1", "2. 情報の区分と取り扱い"),
    ("p", "当社の情報は、重要度に応じて次の四つに区分します。区分がはっきりしないときは、"
          "一つ上の区分として扱ってください。"),
    ("table", [
        ["区分", "取り扱い", "保存期間"],
        ["極秘", "役員と指名された担当者のみ閲覧できる。印刷と社外への持ち出しは禁止", "作成から10年間"],
        ["社外秘", "社内の関係者のみ閲覧できる。社外へ送るときは部長の承認が必要", "作成から5年間"],
        ["社内限定", "全従業員が閲覧できる。取引先への開示は不可", "作成から3年間"],
        ["公開", "制限なし。ホームページなどで公開済みの情報", "作成から1年間"],
    ]),
    ("p", "保存期間を過ぎた紙の書類は、シュレッダーにかけるか、鍵付きの回収ボックスに入れてください。"),
    ("h1", "3. パスワードとアカウント"),
    ("p", "パスワードは12文字以上とし、英字の大文字・小文字、数字、記号をそれぞれ1文字以上含めてください。"
          "業務用スマートフォンの画面ロックには、6桁以上の暗証番号を設定します。"),
    ("p", "同じパスワードをほかのサービスで使い回すことは禁止です。一つのサービスから漏れると、"
          "ほかのサービスにも不正にログインされるおそれがあるためです。"),
    ("p", "社外から社内システムに接続するときは、多要素認証を必ず使います。認証アプリに届いた確認を、"
          "自分が操作していないのに承認してはいけません。"),
    ("h1", "4. パソコンと記録媒体"),
    ("p", "席を離れるときは、短い時間でも必ず画面をロックしてください（Windowsキー＋Lキー）。"
          "操作しない状態が5分続くと自動でロックされる設定になっていますが、それを待たずに自分でロックする習慣をつけましょう。"),
    ("p", "ノートパソコンを社外に持ち出すときは、前日までに持ち出し申請書を上長に提出し、承認を受けてください。"
          "電車や自動車の中に置いたまま離れることは禁止です。"),
    ("p", "USBメモリなどの外部記録媒体は、原則として使用禁止です。ウイルス感染と、紛失による情報漏えいを防ぐためです。"
          "取引先の指定などでどうしても必要な場合は、情報システム課が貸し出す暗号化USBメモリを使ってください。"),
    ("h1", "5. メールとチャット"),
    ("p", "メールやチャットを使うときは、次のルールを守ってください。"),
    ("bullet", "送信する前に、宛先と添付ファイルをもう一度確認する"),
    ("bullet", "社外の複数の相手に一斉に送るときは、アドレスをBCCに入れる"),
    ("bullet", "添付ファイルは共有ストレージのリンクで送り、リンクには期限を設定する"),
    ("bullet", "業務のメールを個人のメールアドレスに自動転送しない"),
    ("bullet", "お客さまの個人情報は、チャットに書き込まない"),
    ("bullet", "私用のチャットアプリで業務の連絡をしない"),
    ("h1", "6. 不審なメールを受け取ったら"),
    ("p", "送り主に心当たりがない、日本語が不自然、急いで対応するよう求めてくる、といったメールには注意してください。"
          "そのようなメールが届いたときは、次の順に対応します。"),
    ("number", "本文のリンクや添付ファイルを開かない"),
    ("number", "メールを削除せず、情報システム課の窓口（security@minase-butsuryu.example）に転送する"),
    ("number", "誤って開いてしまった場合は、すぐにLANケーブルを抜き、無線の接続も切る"),
    ("number", "情報システム課から指示があるまで、パソコンの電源は入れたままにしておく"),
    ("p", "電源を切ると、調査に必要な記録が消えてしまうことがあります。"),
    ("h1", "7. 事故が起きたときの報告"),
    ("p", "パソコンやスマートフォンの紛失、メールの誤送信、ウイルス感染など、情報セキュリティの事故に気づいたときは、"
          "発見から30分以内に上長と情報システム課へ報告してください。"
          "早く報告するほど、被害を小さく抑えられるからです。"),
    ("p", "情報システム課の連絡先は、内線4410、夜間・休日は000-381-4419です（本社代表は000-381-4400）。"),
    ("p", "報告したことを理由に不利益な扱いを受けることはありません。自分のミスであっても、隠さずに報告してください。"),
    ("h1", "8. 違反したときの扱い"),
    ("p", "このガイドラインに違反した場合は、就業規則に基づいて懲戒の対象となることがあります。"),
    ("right", "2019年4月1日制定　2026年2月1日第3版　情報システム課"),
]

DOCX_TIME = datetime.datetime(2026, 3, 15, 9, 0, 0)


def build_docx(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = docx.Document()

    def set_ea(style, name):
        rpr = style.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        rfonts.set(qn("w:eastAsia"), name)

    set_ea(d.styles["Normal"], "游明朝")
    for s in ("Title", "Subtitle", "Heading 1", "Heading 2"):
        set_ea(d.styles[s], "游ゴシック")

    d.add_paragraph(DOCX_TITLE, style="Title")
    d.add_paragraph(DOCX_SUBTITLE, style="Subtitle")
    for kind, content in DOCX_BODY:
        if kind == "h1":
            d.add_heading(content, level=1)
        elif kind == "h2":
            d.add_heading(content, level=2)
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
    cp.author = "株式会社ミナセ物流 情報システム課"
    cp.last_modified_by = "株式会社ミナセ物流 情報システム課"
    cp.subject = "情報セキュリティガイドライン（評価用の架空文書）"
    cp.keywords = "情報セキュリティ, パスワード, メール"
    cp.comments = "blind-11 build.py"
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
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# 3. HTML: 日帰り温泉 湯処こもれび
# ---------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>料金・営業時間・館内のご案内｜湯処こもれび（川音温泉）</title>
<style>
body { font-family: sans-serif; line-height: 1.8; margin: 0; color: #333; }
header, footer { background: #5b3a29; color: #fff; padding: 12px 24px; }
header nav ul { list-style: none; display: flex; gap: 16px; padding: 0; margin: 6px 0 0; }
header nav a, footer a { color: #fff; }
main { max-width: 860px; margin: 0 auto; padding: 12px 24px 32px; }
.breadcrumb { font-size: 0.85em; color: #666; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bba; padding: 6px 10px; }
thead th { background: #efe6da; }
dl.facility dt { font-weight: bold; margin-top: 8px; }
dl.faq dt { font-weight: bold; margin-top: 12px; color: #5b3a29; }
ul.rules li { margin-bottom: 4px; }
aside.related { border-top: 1px solid #ccc; margin-top: 24px; }
</style>
</head>
<body>
<header>
<p class="site-title">川音温泉 日帰り入浴施設 湯処こもれび</p>
<nav>
<ul>
<li><a href="/">ホーム</a></li>
<li><a href="/guide/">料金・営業時間</a></li>
<li><a href="/guide/#facility">館内のご案内</a></li>
<li><a href="/access/">アクセス</a></li>
<li><a href="/guide/#faq">よくある質問</a></li>
</ul>
</nav>
</header>
<main>
<p class="breadcrumb"><a href="/">ホーム</a> ＞ 料金・営業時間・館内のご案内</p>
<article>
<h1>料金・営業時間・館内のご案内</h1>
<p>湯処こもれびは、川音川の渓谷沿いにある日帰り入浴施設です。地下1,200メートルから湧き出る源泉を、水で薄めずにかけ流しでご提供しています。露天風呂からは季節ごとに表情を変える雑木林をながめることができ、春の新緑と秋の紅葉の時期には、特に多くのお客さまにお越しいただいています。</p>
<p>入浴のあとは、大広間でのんびりお休みいただいたり、食事処で地元の食材を使った料理を味わったりと、一日ゆっくりお過ごしいただけます。</p>

<h2 id="price">営業時間と料金</h2>
<p>営業時間は午前10時から午後10時まで（最終受付は午後9時）です。</p>
<p>毎月第2火曜日は定休日です。祝日と重なる場合は、翌日の水曜日に休館します。</p>
<table>
<thead>
<tr><th>区分</th><th>平日</th><th>土日祝</th></tr>
</thead>
<tbody>
<tr><td>大人（中学生以上）</td><td>900円</td><td>1,100円</td></tr>
<tr><td>小人（3歳〜小学生）</td><td>450円</td><td>550円</td></tr>
<tr><td>夜間割引（午後6時以降に入館する大人）</td><td>700円</td><td>850円</td></tr>
<tr><td>貸切家族風呂（1室50分）</td><td>2,500円</td><td>3,000円</td></tr>
</tbody>
</table>
<p>※3歳未満のお子さまは無料です。</p>
<p>※貸切家族風呂の料金に入館料は含まれていません。ご利用になる人数分の入館料が別にかかります。</p>
<p>大人の入館券11枚つづりの回数券を9,000円で販売しています。土日祝にもお使いいただけます。</p>

<h2 id="facility">館内のご案内</h2>
<dl class="facility">
<dt>泉質</dt>
<dd>ナトリウム－塩化物泉（弱アルカリ性）</dd>
<dt>効能</dt>
<dd>神経痛、筋肉痛、冷え性、疲労回復など</dd>
<dt>源泉の温度</dt>
<dd>48.6℃（浴槽では41〜42℃に調整しています）</dd>
<dt>浴場</dt>
<dd>内湯、露天風呂、寝湯、サウナ、水風呂（男湯・女湯とも）</dd>
<dt>休憩処</dt>
<dd>畳敷きの大広間（62畳）と、リクライニングチェア20台</dd>
<dt>食事処</dt>
<dd>「川音食堂」午前11時〜午後8時（ラストオーダーは午後7時30分）</dd>
<dt>駐車場</dt>
<dd>普通車120台（無料）</dd>
<dt>売店</dt>
<dd>地元の野菜や手作りのこんにゃく、オリジナルの入浴剤などを販売しています</dd>
</dl>

<h2 id="rules">ご入浴のきまり</h2>
<p>すべてのお客さまに気持ちよく過ごしていただくため、次のきまりをお守りください。</p>
<ul class="rules">
<li>浴槽に入る前に、かけ湯をして体の汚れを落としてください。</li>
<li>タオルは湯船に入れないでください。</li>
<li>髪の長い方は、髪が湯につからないようにまとめてください。</li>
<li>飲酒後の入浴は、急な血圧の変化で体調を崩すおそれがあるため、ご遠慮ください。</li>
<li>脱衣所と浴室では、携帯電話やカメラでの撮影を禁止しています。</li>
<li>小学生以下のお子さまは、保護者の方と一緒にご入浴ください。</li>
<li>混雑しているときは、サウナのご利用を1回10分までとさせていただきます。</li>
<li>浴室の床は滑りやすいので、走らずにゆっくり歩いてください。</li>
</ul>

<h2 id="faq">よくある質問</h2>
<dl class="faq">
<dt>Q. タオルを持っていかないといけませんか？</dt>
<dd>A. お持ちでなくても大丈夫です。フロントで、フェイスタオルを200円で販売し、バスタオルを300円で貸し出しています。</dd>
<dt>Q. 途中で外に出てから、もう一度入ることはできますか？</dt>
<dd>A. 当日に限り、再入館できます。外出の際に、フロントで再入館券をお受け取りください。</dd>
<dt>Q. 貸切家族風呂は予約できますか？</dt>
<dd>A. ご利用日の前日までに、お電話でご予約ください（000-468-2601）。当日は、空きがあればフロントで受け付けます。</dd>
<dt>Q. 食事処だけを利用することはできますか？</dt>
<dd>A. できます。入館料はかかりませんので、フロントで「食事のみ」とお伝えください。</dd>
<dt>Q. シャンプーや石けんは置いてありますか？</dt>
<dd>A. 内湯と露天風呂の洗い場に、シャンプー、コンディショナー、ボディソープを備えています。化粧水や綿棒は脱衣所にご用意しています。</dd>
<dt>Q. 混み合うのは何時ごろですか？</dt>
<dd>A. 土日祝の午後1時から4時ごろが最も混み合います。比較的すいているのは、平日の午前中と午後8時以降です。</dd>
<dt>Q. 財布やスマートフォンはどうすればよいですか？</dt>
<dd>A. 盗難を防ぐため、フロント横の鍵付きロッカーをご利用ください。100円硬貨が必要ですが、使用後に戻ります。</dd>
</dl>

<h2 id="access">アクセス</h2>
<p>川音駅から路線バス「渓谷線」に乗り、約20分の「こもれび前」で降りてすぐです。川音駅からタクシーを利用する場合は、約15分かかります。土日祝は、川音駅と当館を結ぶ送迎バスも1時間に1本運行しています。</p>
</article>
<aside class="related">
<h2>関連リンク</h2>
<ul>
<li><a href="https://kawane-kanko.example.jp/">川音市観光協会</a></li>
<li><a href="/access/#map">渓谷散策マップ</a></li>
<li><a href="/access/#bus">路線バスの時刻表</a></li>
</ul>
</aside>
</main>
<footer>
<p>湯処こもれび　〒000-0000 川音市渓谷町3-12　電話 000-468-2600</p>
<p><small>&copy; 2026 湯処こもれび</small></p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 4. Markdown: 登山記録（鳴沢岳）
# ---------------------------------------------------------------------------

MD = """---
title: "鳴沢岳 日帰り登山記録（2026年10月）"
date: 2026-10-18
author: やまねこ
tags: [登山, 日帰り, 鳴沢岳]
lang: ja
---

# 鳴沢岳 日帰り登山記録（2026年10月）

10月の三連休の中日に、前から気になっていた鳴沢岳（標高2,318メートル）に日帰りで登ってきました。紅葉のピークにはほんの少し早かったものの、山頂付近のナナカマドは真っ赤で、天気にも恵まれた最高の一日でした。今回は職場の友人と2人です。これから行く人の参考になるように、行程と持ち物、反省点をまとめておきます。

## 計画とアクセス

登山口へは、麓の駅から出る路線バスを使いました。白樺平行きのバスは1日4往復しかなく、**帰りの最終バスは16時05分**です。

最終バスに乗り遅れると帰る手段がなくなるため、行きは始発のバスにしました。タクシーを呼ぶこともできますが、麓の駅まで1万円近くかかるそうです。

登山届は、県の登山届システム「やまてらす」からオンラインで提出しました。スマホから5分ほどで出せるので、登山口のポストまで紙で書きに行く必要はありません。下山したら、同じ画面から「下山報告」を押すのを忘れずに。

9月に登山道の近くでクマの目撃情報があったため、2人とも熊鈴を付けて歩きました。

## 行程

| 時刻 | 地点 | メモ |
|---|---|---|
| 06:10 | 白樺平バス停 | 始発バスで到着。トイレはここが最後 |
| 06:25 | 白樺平登山口 | 準備運動をしてスタート |
| 08:05 | かもしか清水 | 水場。冷たくておいしい |
| 09:40 | 鳴沢ヒュッテ | 20分休憩。山バッジを購入 |
| 10:55 | 鳴沢岳山頂 | 昼食。遠くの連峰まで見えた |
| 12:00 | 山頂を出発 | 風が強くなってきた |
| 13:20 | 鳴沢ヒュッテ | コーヒー休憩 |
| 15:25 | 白樺平バス停 | 最終バスに余裕で間に合った |

歩いた時間は休憩を含めて約9時間、距離は約14キロでした。GPSのログは `narusawa_20261018.gpx` というファイル名で保存して、あとから地図アプリで見返しています。

## 持ち物

- ザック（30リットル）
- レインウェア（上下）
- 防寒着（薄手のダウンと手袋）
- ヘッドランプと予備の電池
- 水1.5リットルと行動食
- 地図アプリと紙の地図
- 熊鈴
- 救急セットと常備薬
- トレッキングポール

山頂は気温が5℃しかなく、風も強かったので、上に着るものは必須でした。

## 歩いてみての感想

登山口からかもしか清水までは、ブナやミズナラの林の中をゆるやかに登っていきます。道はよく整備されていて、迷うような場所はありませんでした。水場を過ぎると急な登りが始まり、ジグザグの道を1時間半ほど我慢すると、森が切れて鳴沢ヒュッテの赤い屋根が見えてきます。

ヒュッテから先は森林限界を越え、ハイマツと岩の尾根歩きになります。振り返ると、朝に出発した白樺平の集落がずいぶん小さく見えて、ここまで来たんだなと実感しました。山頂の手前には短い鎖場がありますが、足場はしっかりしているので、落ち着いて三点支持を守れば難しくありません。

山頂は思っていたより広く、20人ほどが思い思いにお昼を食べていました。おにぎりとカップスープで温まり、写真を撮って1時間ほど過ごしました。

## よかったこと・反省点

よかったのは、トレッキングポールを持っていったことです。ヒュッテから下は岩場の下りが長く続きますが、ポールがあると膝への負担がかなり減りました。

反省点は水の量です。1.5リットルでは足りず、かもしか清水で補給できなければ危なかったと思います。次回は2リットル持っていきます。

もう一つ、日焼け止めを忘れました。秋でも稜線の日差しは強く、帰りのバスの中で顔がひりひりしていました。

## 次に行く人へ

- ヒュッテの営業は10月31日まで。11月からは冬季休業です
- 山頂直下の鎖場は、濡れていると滑りやすいので慎重に
- バス停の近くにある「白樺平温泉」で、下山後に汗を流せます
- かもしか清水は、夏の終わりには水が細くなることもあるそうです

## おわりに

次は雪の残る6月に、ヒュッテに1泊して山頂から朝日を見たいと思っています。そのときもまた記録を書くので、よかったら読んでください。質問などはコメント欄へどうぞ。

## 関連リンク

- [白樺平線の時刻表（ふもと交通）](https://fumoto-kotsu.example.jp/timetable/shirakabadaira)
- [やまてらす（県の登山届システム）](https://yamaterasu.example.jp/)
- [前回の記事：春の月見山ハイキング](/posts/2026-05-tsukimiyama/)
"""

# ---------------------------------------------------------------------------
# 5. Plain text: プレスリリース（株式会社しずくラボ）
# ---------------------------------------------------------------------------

TXT = """報道関係者各位
2026年11月10日
株式会社しずくラボ

散歩中の家族の居場所をスマホで確認できる小型見守りタグ「ここみる」を来年1月に発売
〜 鍵やお守りと一緒に持ち歩ける、重さ18グラムの見守りサービス 〜

【汐ノ浦市】株式会社しずくラボ（本社：潮見県汐ノ浦市、代表取締役：早瀬恵美）は、高齢の家族の外出を見守る小型タグ「ここみる」と専用アプリを、来年1月に発売します。12月1日からは当社オンラインストアで予約を受け付けます。

■概要

「ここみる」は、キーホルダーほどの大きさの見守りタグです。タグを身につけた家族が外出すると、位置情報が専用アプリに届き、離れて暮らす家族がスマートフォンの地図で居場所を確かめられます。あらかじめ登録した自宅や病院などの場所に出入りしたときには、アプリに通知が届きます。アプリでは、過去7日間の移動の記録を地図の上で振り返ることもできます。

当社の調査では、70歳以上の親を持つ40〜60代の回答者のうち約6割が「散歩や買い物に出た親の帰りが遅いと不安になる」と答えました。一方で、「見張られているようでいやだ」という親の世代の声も多く聞かれました。「ここみる」は、本人が意識せずに持ち歩けることを第一に開発しました。

発売に先立って汐ノ浦市内で行ったモニター調査では、参加した60世帯のうち8割を超える世帯が「家族の外出中の不安が減った」と答えました。モニターからは「母がタグのことを忘れるくらい自然に持ち歩いてくれた」という声も寄せられています。

■特長

1. 18グラムの小型・軽量ボディ
鍵やお守りと同じように、かばんや財布に付けて持ち歩けます。ボタンや画面はなく、本人が操作する必要はありません。色はホワイト、ネイビー、さくらの3色です。

2. 長持ちバッテリー
省電力の通信方式を採用しているため、1回の充電で約3週間使えます。電池の残りが20％を下回ると、家族のアプリにお知らせが届きます。充電は、付属の置くだけ充電器で行います。

3. 雨の日も安心の防水仕様
IPX7相当の防水性能があり、雨の日の散歩はもちろん、うっかり洗濯してしまった場合でも壊れにくい設計です。

4. 家族みんなで見守れる
1台のタグにつき、最大5人の家族がアプリで居場所を確認できます。

■価格と発売日

タグ本体：9,800円（税込）
見守りプラン：月額480円（税込）
発売日：2027年1月15日
予約受付：2026年12月1日から当社オンラインストアにて
対応機種：iOS 16以降、Android 11以降のスマートフォン
全国の家電量販店でも、2027年春から順次取り扱いを始める予定です。

■開発の背景

代表取締役の早瀬恵美は、次のように話しています。

「私自身、実家の母が散歩の途中で道に迷い、2時間ほど連絡が取れなくなったことがありました。母は携帯電話を持ち歩くのを嫌がっていたので、本人が何もしなくても持ち歩けるものが必要だと考えたのが、開発のきっかけです。見守る側の安心と、見守られる側の気楽さを両立させたいと思っています。」

開発にあたっては、地域の高齢者クラブの協力を得て、約1年をかけて大きさや形を検討しました。お守りのように持ち歩けるよう、角を丸くし、手触りのよい素材を選んでいます。

■今後の展開

商品企画部長の村岡拓真は、次のように話しています。

「今後は、転倒を検知して家族に知らせる機能を、2027年夏までにアプリの更新で追加する予定です。また、自治体や地域の商店と連携し、タグを持った方が道に迷ったときに、近くの協力店が気づいて声をかけられる仕組みづくりにも取り組みます。」

同社は、2028年までに介護施設や学童保育向けの法人プランも提供する計画で、発売から1年間で2万台の販売を目指しています。

■会社概要

会社名：株式会社しずくラボ
所在地：〒000-0000 潮見県汐ノ浦市港北1-8-3 しおみビル5階
代表者：代表取締役 早瀬恵美
設立：2018年6月
資本金：4,500万円
従業員数：42名（2026年10月現在）
事業内容：IoT機器の企画・開発、見守りサービスの運営
URL：https://shizuku-lab.example.jp/

■本件に関するお問い合わせ

株式会社しずくラボ 広報担当：石田
電話：000-742-1180（平日10時〜18時）
メール：press@shizuku-lab.example.jp
"""

# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

QUESTIONS = [
    # --- bousai-shiori.pdf ---
    ("b11-001", "北原に住んでるんですが、避難所ってどこになりますか？", "ja", "table",
     ["北部公民館"]),
    ("b11-002", "水って一人どのくらい用意しとけばいいの？", "ja", "fact",
     ["1人1日3リットルが目安"]),
    ("b11-003", "逃げる前に電気のブレーカーを切れって書いてあるけど、なんで？", "ja", "why",
     ["通電火災を防ぐためです"]),
    ("b11-004", "町の防災メールを受け取りたいです。どうやって登録すればいいですか？", "ja", "howto",
     ["空メールを送信し"]),
    ("b11-005", "グラッと来たときにまず何をするかは、しおりのどの項目を見ればいい？", "ja", "section",
     ["地震が起きたときの行動"]),
    ("b11-006", "Which shelter can I go to with my dog?", "en", "paraphrase",
     ["ペットと一緒に避難できるのは町民体育館のみです"]),
    # --- security-guideline.docx ---
    ("b11-007", "社外秘の書類って、何年とっておく決まりですか？", "ja", "table",
     ["作成から5年間"]),
    ("b11-008", "What is the minimum length for a password?", "en", "fact",
     ["パスワードは12文字以上"]),
    ("b11-009", "USBメモリを使っちゃいけないのはどうして？", "ja", "why",
     ["ウイルス感染と、紛失による情報漏えいを防ぐため"]),
    ("b11-010", "ノートPCを家に持って帰って仕事したいときは、どうすればいいでしょうか", "ja", "howto",
     ["前日までに持ち出し申請書を上長に提出"]),
    ("b11-011", "取引先の何人かに同じメールをいっぺんに送るとき、宛先ってどう入れるんだっけ？", "ja", "list",
     ["アドレスをBCCに入れる"]),
    ("b11-012", "怪しいメールが届いたときの対応は、どの章に載っていますか？", "ja", "section",
     ["不審なメールを受け取ったら"]),
    # --- onsen-komorebi.html ---
    ("b11-013", "日曜日に大人ひとりで行くと、いくらかかりますか？", "ja", "table",
     ["1,100円"]),
    ("b11-014", "Which day of the month is the onsen closed?", "en", "fact",
     ["毎月第2火曜日は定休日です"]),
    ("b11-015", "お酒を飲んだあとにお風呂に入っちゃだめなのはなんで？", "ja", "why",
     ["急な血圧の変化で体調を崩すおそれがあるため"]),
    ("b11-016", "家族風呂を使いたいんだけど、どうやって予約すればいい？", "ja", "howto",
     ["ご利用日の前日までに、お電話でご予約ください"]),
    ("b11-017", "お風呂場でのマナーについては、どの見出しのところに書かれていますか", "ja", "section",
     ["ご入浴のきまり"]),
    ("b11-018", "いったん外にごはんを食べに出て、また戻ってきても大丈夫？", "ja", "paraphrase",
     ["当日に限り、再入館できます"]),
    # --- hiking-narusawa.md ---
    ("b11-019", "行きに山小屋に着いたのって何時ごろでしたか？", "ja", "table",
     ["09:40"]),
    ("b11-020", "持ち物リストのなかで、寒さ対策に持っていったのは何？", "ja", "list",
     ["防寒着（薄手のダウンと手袋）"]),
    ("b11-021", "登山届って紙で書くんですか？どうやって出しました？", "ja", "howto",
     ["「やまてらす」からオンラインで提出しました"]),
    ("b11-022", "なんで朝いちばんのバスで行ったの？", "ja", "why",
     ["最終バスに乗り遅れると帰る手段がなくなるため"]),
    ("b11-023", "How high is Mt. Narusawa?", "en", "fact",
     ["標高2,318メートル"]),
    ("b11-024", "下りでひざを痛めないのに役立ったものはありますか？", "ja", "paraphrase",
     ["ポールがあると膝への負担がかなり減りました"]),
    # --- press-release-kokomiru.txt ---
    ("b11-025", "When does the tag go on sale?", "en", "fact",
     ["発売日：2027年1月15日"]),
    ("b11-026", "アプリの利用料は毎月いくらかかりますか？", "ja", "fact",
     ["月額480円（税込）"]),
    ("b11-027", "社長がこのタグを作ろうと思ったのはなぜ？", "ja", "why",
     ["実家の母が散歩の途中で道に迷い", "本人が何もしなくても持ち歩けるものが必要だと考えた"]),
    ("b11-028", "どれくらいの頻度で充電しないといけないの？", "ja", "paraphrase",
     ["1回の充電で約3週間使えます"]),
    ("b11-029", "服のポケットに入れたまま洗濯機で洗っちゃったら、もう使えなくなりますか？", "ja", "paraphrase",
     ["うっかり洗濯してしまった場合でも壊れにくい設計"]),
    ("b11-030", "転んだときに知らせる機能みたいな、これからの予定はどこに書いてある？", "ja", "section",
     ["今後の展開"]),
    # --- near misses ---
    ("b11-031", "防災グッズをそろえるのに、町から補助金って出ますか？", "ja", "unanswerable", []),
    ("b11-032", "パスワードって何か月ごとに変えないといけないんですか？", "ja", "unanswerable", []),
    ("b11-033", "タトゥーが入っていても入浴できますか？", "ja", "unanswerable", []),
    ("b11-034", "登山口の駐車場には車が何台くらい停められる？", "ja", "unanswerable", []),
    ("b11-035", "「ここみる」は海外でも使えますか？", "ja", "unanswerable", []),
    ("b11-036", "買う前に無料で試せる期間ってある？", "ja", "unanswerable", []),
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
