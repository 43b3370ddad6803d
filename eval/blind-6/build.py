#!/usr/bin/env python
"""Build blind set 6: five invented Japanese documents and blind-6.jsonl.

Writes docs/insurance-terms.pdf, docs/apartment-contract.docx,
docs/product-review.html, docs/api-guide.md, docs/town-history.txt and
blind-6.jsonl next to this file. Output is byte-identical on every run
(reportlab invariant mode, fixed docx core properties and zip timestamps).
All names, companies, places, figures and phone numbers are invented.
"""
import datetime
import io
import json
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE


# ---------------------------------------------------------------------------
# 1. insurance-terms.pdf
# ---------------------------------------------------------------------------

PDF_TITLE = "自転車あんしん保険　普通保険約款（抜粋）"
PDF_SUB = "みどり野少額短期保険株式会社　2026年4月1日改定"
PDF_INTRO = ("この約款は、当会社が引き受ける「自転車あんしん保険」の保険契約の内容を定めるものです。"
             "ご契約の前に必ずお読みいただき、保険証券とともに大切に保管してください。")

# ("h", heading) / ("p", clause) / ("i", item) / ("table", rows)
PDF_BODY = [
    ("h", "第1条（用語の定義）"),
    ("p", "この約款において、次の用語の意味は、それぞれ次のとおりとします。"),
    ("i", "（1）「自転車」とは、道路交通法に定める普通自転車および電動アシスト自転車をいいます。"),
    ("i", "（2）「被保険者」とは、保険証券に記載された本人、本人の配偶者、本人またはその配偶者と同居する親族、および別居の未婚の子をいいます。"),
    ("i", "（3）「事故」とは、被保険者が自転車に乗っている間に、または歩行中に走行中の自転車と衝突して、急激かつ偶然な外来の事故によって身体に傷害を被ることをいいます。"),
    ("i", "（4）「入院」とは、医師による治療が必要な場合において、自宅等での治療が困難なため、病院または診療所に入り、常に医師の管理下において治療に専念することをいいます。"),
    ("i", "（5）「通院」とは、病院または診療所に通い、医師の治療を受けることをいいます。ただし、薬剤の受取りや診断書の取得のみを目的とするものは含みません。"),

    ("h", "第2条（保険金を支払う場合）"),
    ("p", "1　当会社は、被保険者が日本国内または国外において事故により傷害を被った場合に、この約款に従い傷害保険金を支払います。"),
    ("p", "2　当会社は、被保険者が自転車の所有、使用または管理に起因する偶然な事故により、他人の身体を害し、または他人の財物を壊したことによって、法律上の損害賠償責任を負担した場合に、個人賠償責任保険金を支払います。"),
    ("p", "3　前項の事故については、被保険者の同意を得て、当会社が被保険者に代わって相手方との示談交渉を行います。"
          "ただし、次のいずれかに該当する場合は、示談交渉を行うことができません。"),
    ("i", "（1）損害賠償責任の額が保険金額を明らかに超える場合"),
    ("i", "（2）相手方が当会社との交渉に同意しない場合"),

    ("h", "第3条（保険金を支払わない場合）"),
    ("p", "1　当会社は、次のいずれかに該当する事由によって生じた傷害または損害に対しては、保険金を支払いません。"),
    ("i", "（1）保険契約者または被保険者の故意または重大な過失"),
    ("i", "（2）被保険者が酒気を帯びた状態で自転車を運転している間に生じた事故"),
    ("i", "（3）被保険者が自転車競技（練習を含みます。）に参加している間に生じた事故"),
    ("i", "（4）地震もしくは噴火またはこれらによる津波"),
    ("i", "（5）戦争、外国の武力行使、暴動その他これらに類似の事変"),
    ("p", "2　個人賠償責任保険金については、前項のほか、被保険者と同居する親族に対する損害賠償責任、"
          "および被保険者が借りている財物（レンタサイクルを含みます。）の損壊に対する損害賠償責任については、保険金を支払いません。"),

    ("h", "第4条（保険金の種類と支払額）"),
    ("keep", "1　当会社が支払う保険金の種類と支払額は、次の表のとおりとします。"),
    ("table", [
        ("保険金の種類", "支払事由", "支払額"),
        ("死亡保険金", "事故の日から180日以内に死亡したとき", "300万円"),
        ("後遺障害保険金", "事故の日から180日以内に後遺障害が生じたとき", "300万円×等級に応じた割合（4％～100％）"),
        ("入院保険金", "事故による傷害で入院したとき", "入院1日につき3,000円（180日限度）"),
        ("手術保険金", "事故による傷害で手術を受けたとき", "入院中は3万円、それ以外は1.5万円"),
        ("通院保険金", "事故による傷害で通院したとき", "通院1日につき1,000円（90日限度）"),
        ("個人賠償責任保険金", "第2条第2項の損害賠償責任を負担したとき", "1事故につき1億円限度"),
    ]),
    ("p", "2　同一の事故により後遺障害保険金を支払った後に被保険者が死亡した場合は、既に支払った後遺障害保険金の額を差し引いて死亡保険金を支払います。"),
    ("p", "3　入院保険金と通院保険金は、同じ日について重ねて支払いません。この場合は、入院保険金を支払います。"),

    ("h", "第5条（保険期間）"),
    ("p", "1　保険期間は、保険証券記載の始期日の午後4時に始まり、末日の午後4時に終わります。"),
    ("p", "2　インターネットで申し込み、始期日を申込日の翌日以降とした場合は、保険期間は始期日の午前0時に始まります。"),
    ("p", "3　保険期間が始まった後でも、保険料を領収する前に生じた事故については、保険金を支払いません。"),

    ("h", "第6条（保険料の払込み）"),
    ("p", "1　保険料は、年払いまたは月払いとし、保険証券記載の方法により払い込むものとします。"),
    ("p", "2　月払いの場合において、払込期日の翌月末日までに保険料の払込みがないときは、当会社はこの保険契約を解除することができます。"),

    ("h", "第7条（事故の通知）"),
    ("p", "1　被保険者が事故にあった場合は、事故の日からその日を含めて30日以内に、事故の状況、日時、場所および傷害の程度を当会社に通知しなければなりません。"),
    ("p", "2　相手方のある事故の場合は、相手方の住所、氏名および連絡先を確認し、遅滞なく警察に届け出てください。"),
    ("p", "3　正当な理由がなく前2項の義務に違反した場合は、それによって当会社が被った損害の額を差し引いて保険金を支払います。"),

    ("h", "第8条（保険金の請求）"),
    ("p", "1　保険金の請求は、保険金請求書、医師の診断書、事故証明書その他当会社が求める書類を提出して行うものとします。"),
    ("p", "2　通院保険金のみの請求で通院日数が5日以内の場合は、医師の診断書に代えて診療明細書の写しを提出することができます。"),
    ("p", "3　保険金の請求権は、これを行使することができる時から3年を経過した場合は、時効によって消滅します。"),

    ("h", "第9条（保険金の支払時期）"),
    ("p", "1　当会社は、請求完了日からその日を含めて30日以内に保険金を支払います。"),
    ("p", "2　警察や医療機関への照会など特別な確認が必要な場合は、前項の期間を延長することがあります。この場合でも、最長で180日以内に支払います。"),

    ("h", "第10条（解約）"),
    ("p", "1　保険契約者は、当会社への通知により、いつでもこの保険契約を解約することができます。"),
    ("p", "2　年払いの契約を解約した場合は、未経過期間に応じて算出した保険料を返還します。月払いの契約を解約した場合は、返還する保険料はありません。"),

    ("h", "お問い合わせ"),
    ("p", "事故の受付：みどり野少額短期保険　事故受付センター　000-1234-5678（24時間365日）"),
    ("p", "契約内容の確認・変更：お客さま窓口　000-1234-5679（平日9時～17時）"),
]


def build_pdf(path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (KeepTogether, Paragraph,
                                    SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    body = ParagraphStyle("body", fontName="HeiseiMin-W3", fontSize=10,
                          leading=16, wordWrap="CJK", leftIndent=10,
                          firstLineIndent=-10, spaceAfter=2)
    item = ParagraphStyle("item", parent=body, leftIndent=30,
                          firstLineIndent=-20)
    head = ParagraphStyle("head", fontName="HeiseiKakuGo-W5", fontSize=11,
                          leading=16, spaceBefore=8, spaceAfter=3,
                          wordWrap="CJK", keepWithNext=1)
    title = ParagraphStyle("title", fontName="HeiseiKakuGo-W5", fontSize=16,
                           leading=22, alignment=1, wordWrap="CJK")
    sub = ParagraphStyle("sub", fontName="HeiseiMin-W3", fontSize=10,
                         leading=14, alignment=2, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName="HeiseiMin-W3", fontSize=9,
                          leading=13, wordWrap="CJK")
    cellh = ParagraphStyle("cellh", parent=cell, fontName="HeiseiKakuGo-W5")

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("HeiseiMin-W3", 9)
        canv.drawCentredString(A4[0] / 2, 12 * mm, "- %d -" % doc.page)
        canv.restoreState()

    story = [Paragraph(PDF_TITLE, title), Spacer(1, 4),
             Paragraph(PDF_SUB, sub), Spacer(1, 8),
             Paragraph(PDF_INTRO, body)]
    keep = []
    for n, (kind, val) in enumerate(PDF_BODY):
        if kind == "h" and PDF_BODY[n + 1][0] == "keep":
            keep = [Paragraph(val, head)]
        elif kind == "h":
            story.append(Paragraph(val, head))
        elif kind == "p":
            story.append(Paragraph(val, body))
        elif kind == "i":
            story.append(Paragraph(val, item))
        elif kind == "keep":
            keep.append(Paragraph(val, body))
        elif kind == "table":
            data = [[Paragraph(c, cellh if r == 0 else cell) for c in row]
                    for r, row in enumerate(val)]
            t = Table(data, colWidths=[36 * mm, 56 * mm, 72 * mm],
                      hAlign="CENTER", repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            story.append(KeepTogether(keep + [Spacer(1, 4), t]))
            keep = []
            story.append(Spacer(1, 6))

    doc = SimpleDocTemplate(
        path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
        topMargin=20 * mm, bottomMargin=22 * mm,
        title="自転車あんしん保険 普通保険約款（抜粋）",
        author="みどり野少額短期保険株式会社",
        subject="普通保険約款", creator="blind6 build.py",
        keywords="")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------
# 2. apartment-contract.docx
# ---------------------------------------------------------------------------

DOCX_TITLE = "住宅賃貸借契約書"
DOCX_INTRO = [
    "貸主　柊野不動産合同会社（以下「貸主」という。）と借主（以下「借主」という。）は、"
    "次の物件について、以下の条項により住宅賃貸借契約を締結する。",
    "管理会社：さくら台住宅管理株式会社",
]
DOCX_PROPERTY = [
    "名称：メゾン柊　203号室",
    "所在地：柊野市青葉町二丁目5番8号",
    "構造・規模：木造2階建て、全8戸",
    "間取り・面積：1LDK（専有面積38.5平方メートル）",
    "交通：柊野線 柊野駅から徒歩9分",
    "設備：エアコン1台、浴室乾燥機、モニター付きインターホン、宅配ボックス（共用）",
]
DOCX_TERMS = [
    ("項目", "内容"),
    ("賃料", "月額68,000円"),
    ("共益費", "月額4,000円（共用部分の清掃・照明の費用に充てる）"),
    ("敷金", "136,000円（賃料の2か月分）"),
    ("礼金", "なし"),
    ("契約期間", "2026年4月1日から2028年3月31日まで（2年間）"),
    ("更新料", "新賃料の1か月分"),
    ("支払期日", "毎月27日までに翌月分を支払う"),
    ("支払方法", "借主名義の口座からの自動引落し"),
    ("駐輪場", "1戸につき1台まで、月額300円"),
    ("家賃保証会社", "加入必須（初回保証料は月額賃料等の50％）"),
]
DOCX_PAYMENT = [
    "借主は、賃料および共益費を支払期日までに支払わなければならない。"
    "契約開始月の賃料および共益費は、日割りで計算する。",
    "支払期日までに支払いがない場合、借主は、支払期日の翌日から支払日までの日数に応じ、"
    "年14.6％の割合による遅延損害金を支払うものとする。",
    "口座の残高不足などで引落しができなかった場合は、管理会社が発行する振込票により、"
    "翌月10日までに支払うこと。",
]
DOCX_RULES_LEAD = "借主は、本物件の使用にあたり、次の事項を守らなければならない。"
DOCX_RULES = [
    "犬、猫、鳥などの動物を飼育しないこと（水槽で飼育する観賞魚を除く）。",
    "ピアノ等の楽器の演奏は、午前9時から午後8時までの間に限ること。",
    "バルコニーでの喫煙およびバーベキューをしないこと。",
    "共用廊下や階段に自転車や私物を置かないこと。",
    "ごみは柊野市の分別ルールに従い、収集日の朝8時30分までに指定の集積所に出すこと。",
    "2週間以上不在にするときは、事前に管理会社へ連絡すること。",
]
DOCX_END = [
    "本契約は、期間満了の日の1か月前までに貸主・借主のいずれからも申出がない場合、同一条件でさらに2年間更新されるものとする。",
    "借主が本契約を解約するときは、解約日の1か月前までに、管理会社所定の解約届を提出しなければならない。",
    "前号の規定にかかわらず、借主は、1か月分の賃料相当額を支払うことにより、即時に解約することができる。",
    "契約開始日から1年未満で解約する場合、借主は短期解約違約金として賃料の1か月分を支払うものとする。",
    "貸主からの解約の申入れは、正当な事由がある場合に限り、6か月前までに書面で行うものとする。",
]
DOCX_RESTORE = [
    "借主は、本物件を明け渡すときは、これを原状に回復しなければならない。",
    "ただし、日照による壁紙やフローリングの変色、家具の設置による床のへこみなど、"
    "通常の使用による損耗および経年変化の修繕費用は貸主の負担とする。",
    "タバコのヤニによる汚れ、結露を放置したことによるカビ、借主の不注意による破損の修繕費用は、借主の負担とする。",
    "特約：入居者が替わるたびに専門業者による清掃が必要となるため、"
    "退去時のハウスクリーニング費用33,000円（税込）は借主の負担とし、敷金から差し引く。",
    "敷金は、未払いの賃料や原状回復費用を差し引いたうえで、明渡し後1か月以内に借主の指定口座へ返還する。",
]
DOCX_SPECIAL = [
    "借主は、入居日までに借家人賠償責任補償の付いた火災保険に加入し、契約期間中これを継続しなければならない。"
    "保険の種類や保険会社は、借主が自由に選ぶことができる。",
    "借主は、貸主の書面による承諾を得ずに、本物件の全部または一部を第三者に転貸し、または賃借権を譲渡してはならない。",
    "借主は、壁への画びょうの使用など軽微なものを除き、貸主の承諾なく本物件の増改築、模様替えおよび設備の取付けを行ってはならない。",
    "鍵は入居日に2本を引き渡す。借主が鍵を複製したときは、退去時にすべて返却しなければならない。",
]
DOCX_EXPLAIN = ("宅地建物取引士　森下綾（登録番号 東京 第000000号）は、本契約の締結に先立ち、"
                "上記の重要事項について借主に書面を交付して説明した。")
DOCX_CONTACT = [
    "水漏れ、設備の故障、鍵の紛失など、緊急の場合は下記へ連絡すること。",
    "さくら台住宅管理株式会社　24時間受付センター　000-2468-1357",
    "鍵を紛失した場合のシリンダー交換費用は、借主の負担とする。",
]


def build_docx(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Yu Mincho"
    normal.font.size = Pt(10.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "游明朝")

    d.add_heading(DOCX_TITLE, level=0)
    for t in DOCX_INTRO:
        d.add_paragraph(t)

    d.add_heading("第1　物件の表示", level=1)
    for t in DOCX_PROPERTY:
        d.add_paragraph(t)

    d.add_heading("第2　契約条件", level=1)
    d.add_paragraph("賃料その他の契約条件は、次の表のとおりとする。")
    table = d.add_table(rows=len(DOCX_TERMS), cols=2)
    table.style = "Table Grid"
    for r, (k, v) in enumerate(DOCX_TERMS):
        table.cell(r, 0).text = k
        table.cell(r, 1).text = v
        if r == 0:
            for c in table.rows[0].cells:
                c.paragraphs[0].runs[0].bold = True

    d.add_heading("第3　賃料の支払いと遅延", level=1)
    for t in DOCX_PAYMENT:
        d.add_paragraph(t)

    d.add_heading("第4　使用上の注意（禁止・制限事項）", level=1)
    d.add_paragraph(DOCX_RULES_LEAD)
    for t in DOCX_RULES:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("第5　契約の更新と解約", level=1)
    for t in DOCX_END:
        d.add_paragraph(t, style="List Number")

    d.add_heading("第6　退去時の原状回復", level=1)
    for t in DOCX_RESTORE:
        d.add_paragraph(t)

    d.add_heading("第7　緊急時の連絡先", level=1)
    for t in DOCX_CONTACT:
        d.add_paragraph(t)

    d.add_heading("第8　火災保険その他の特約事項", level=1)
    for t in DOCX_SPECIAL:
        d.add_paragraph(t)

    d.add_heading("第9　重要事項の説明", level=1)
    d.add_paragraph(DOCX_EXPLAIN)

    p = d.add_paragraph("2026年3月15日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    cp = d.core_properties
    fixed = datetime.datetime(2026, 3, 15, 9, 0, 0)
    cp.author = "さくら台住宅管理株式会社"
    cp.last_modified_by = "さくら台住宅管理株式会社"
    cp.title = DOCX_TITLE
    cp.subject = "メゾン柊 203号室"
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1

    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(name))


# ---------------------------------------------------------------------------
# 3. product-review.html
# ---------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>電子ペーパーメモ「メモリス P6」1か月使用レビュー | ガジェット日和</title>
<link rel="stylesheet" href="/assets/style.css">
<style>
  .pros li::before { content: "○ "; }
  .cons li::before { content: "△ "; }
</style>
</head>
<body>
<header class="site-header">
  <p class="site-title"><a href="/">ガジェット日和</a></p>
  <p class="site-desc">小さな道具で毎日をちょっと便利に</p>
  <nav class="global-nav">
    <ul>
      <li><a href="/">ホーム</a></li>
      <li><a href="/category/review/">レビュー</a></li>
      <li><a href="/category/stationery/">デジタル文具</a></li>
      <li><a href="/about/">このブログについて</a></li>
      <li><a href="/contact/">お問い合わせ</a></li>
    </ul>
  </nav>
</header>

<div class="container">
<main>
<article class="post">
  <h1>電子ペーパーメモ「メモリス P6」を1か月使ってみた　紙の手帳はもう要らない？</h1>
  <p class="post-meta">2026年2月14日　投稿者：みなと　カテゴリ：<a href="/category/stationery/">デジタル文具</a></p>

  <h2>はじめに</h2>
  <p>十年以上、紙の手帳とノートで仕事のメモを取ってきました。ただ、ノートが増えるほど「あのメモはどこに書いたっけ」と探す時間が長くなります。</p>
  <p>そこで、フジミ電子から昨年秋に発売された電子ペーパーメモ端末「メモリス P6」を購入しました。公式ストアで税込29,800円でした。この記事では、1か月間毎日使って分かったことを正直に書きます。なお、この記事は<a href="/policy/">広告ポリシー</a>に沿って書いており、メーカーからの提供品ではありません。</p>

  <h2>外観と付属品</h2>
  <p>画面は6インチで、本体の重さは約185gです。手に取ると文庫本より少し軽く、ジャケットの内ポケットにも入ります。側面には電源ボタンが一つあるだけで、操作はほとんどタッチとペンで行います。画面のふちは幅広めで、持ったときに指が画面に触れにくいのは良いところです。</p>
  <p>箱には本体のほか、専用ペン、替え芯3本、USB Type-Cケーブルが入っていました。保護ケースは別売りで、純正品は3,980円です。</p>

  <h2>実際に使ってみた</h2>
  <h3>書き心地</h3>
  <p>画面の表面がざらっとしていて、ペン先が滑りすぎません。ボールペンで紙に書くのにかなり近い感覚です。</p>
  <p>書いてから線が表示されるまでの遅れはほとんど感じませんでした。細かい図を描いても線が途切れることはなく、会議中の走り書きには十分です。</p>
  <p>ペンは電池のいらないタイプなので、ペンの充電を気にしなくていいのも助かります。ペンの後ろ側でこすると消しゴムになり、鉛筆と同じ感覚で書き直せます。</p>
  <h3>バッテリーの持ち</h3>
  <p>メーカーの公称値は「約2週間」です。実際には、毎日1時間ほど書く使い方で充電は約9日もちました。Wi-Fiでの同期を頻繁に行うと減りが早くなるようです。</p>
  <p>充電はUSB Type-Cで、空の状態から約2時間で満充電になりました。</p>
  <h3>パソコン・スマホとの同期</h3>
  <p>書いたメモをスマホやパソコンに送るには、専用アプリ「メモリスSync」をインストールし、本体と同じWi-Fiにつなぎます。あとは本体を閉じるたびに自動で同期されます。</p>
  <p>メモはPDFとして書き出せるので、同僚に送るのも簡単です。手書き文字をテキストに変換する機能もありますが、日本語では崩した字の認識がまだ苦手だと感じました。</p>

  <h3>紙の手帳と比べて</h3>
  <p>一番変わったのは、メモを探す時間です。手書きの文字にもある程度検索がかかるので、「見積」と入力すると過去の会議メモがすぐに出てきます。一方で、ページをぱらぱらめくって眺める楽しさは、やはり紙のほうが上だと感じました。</p>

  <h2>良い点・気になる点</h2>
  <h3>良い点</h3>
  <ul class="pros">
    <li>紙に近い書き心地で、長時間書いても疲れにくい</li>
    <li>約185gと軽く、毎日持ち歩ける</li>
    <li>手書きのメモをPDFにしてすぐ共有できる</li>
    <li>バックライトがないので目にやさしい</li>
  </ul>
  <h3>気になる点</h3>
  <ul class="cons">
    <li>替え芯が3本しか付属せず、半年ほどで使い切りそう</li>
    <li>バックライトがないので暗い場所では読めない</li>
    <li>手書き文字のテキスト変換は精度がいまひとつ</li>
    <li>電源を入れてから使えるまで約8秒かかる</li>
  </ul>

  <h2>スペック</h2>
  <table class="spec">
    <thead>
      <tr><th>項目</th><th>メモリス P6</th></tr>
    </thead>
    <tbody>
      <tr><td>画面</td><td>6インチ 電子ペーパー（300ppi）</td></tr>
      <tr><td>本体サイズ</td><td>高さ150mm × 幅108mm</td></tr>
      <tr><td>厚さ</td><td>6.8mm</td></tr>
      <tr><td>重さ</td><td>約185g</td></tr>
      <tr><td>ストレージ</td><td>32GB（メモ約20万ページ分）</td></tr>
      <tr><td>バッテリー</td><td>2,000mAh（公称 約2週間）</td></tr>
      <tr><td>充電端子</td><td>USB Type-C</td></tr>
      <tr><td>通信</td><td>Wi-Fi（2.4GHz）、Bluetooth 5.0</td></tr>
      <tr><td>価格</td><td>29,800円（税込）</td></tr>
    </tbody>
  </table>

  <h2>まとめ</h2>
  <p>手帳を何冊も持ち歩いている人や、会議のメモをあとで探すのに困っている人には、はっきりおすすめできます。値段は安くありませんが、ノートを何冊も買い足すことを考えると、2年ほど使えば元が取れる計算です。</p>
  <p>一方で、暗い場所で使いたい人や、手書きをきれいなテキストにしたい人には向きません。購入前に<a href="https://example.jp/fujimi/memoris-p6">メーカーの製品ページ</a>で対応アプリを確認しておくと安心です。</p>
  <p>評価：★★★★☆（4.0）</p>
</article>

<section class="comments">
  <h2>コメント（6件）</h2>
  <div class="comment">
    <p class="comment-author">ゆう　2026年2月15日</p>
    <p>左利きなのですが、問題なく使えますか？</p>
  </div>
  <div class="comment reply">
    <p class="comment-author">みなと（筆者）　2026年2月15日</p>
    <p>設定メニューの「利き手」で左手を選ぶと、ツールバーが右側に移動するので、左利きでも問題なく使えますよ。</p>
  </div>
  <div class="comment">
    <p class="comment-author">たけし　2026年2月16日</p>
    <p>替え芯はどこで買えますか？近所の家電量販店では見つかりませんでした。</p>
  </div>
  <div class="comment reply">
    <p class="comment-author">みなと（筆者）　2026年2月16日</p>
    <p>今のところフジミ電子の公式ストアだけで、5本入り1,200円で売られています。</p>
  </div>
  <div class="comment">
    <p class="comment-author">さき　2026年2月18日</p>
    <p>電子書籍リーダーとしても使えるのか気になります。</p>
  </div>
  <div class="comment reply">
    <p class="comment-author">みなと（筆者）　2026年2月18日</p>
    <p>PDFとEPUB形式のファイルなら読めます。ただ、他社の電子書籍ストアで買った本には対応していないので、その点は注意してください。</p>
  </div>
</section>
</main>

<aside class="sidebar">
  <section class="profile">
    <h2>プロフィール</h2>
    <p>みなと：文房具とガジェットが好きな会社員。買ったものを正直にレビューしています。</p>
  </section>
  <section class="popular">
    <h2>人気の記事</h2>
    <ul>
      <li><a href="/2025/11/pen-case/">ペンケースを3年使って分かったこと</a></li>
      <li><a href="/2025/12/desk-light/">在宅ワーク用デスクライト比較</a></li>
      <li><a href="/2026/01/label-printer/">小型ラベルプリンター入門</a></li>
    </ul>
  </section>
</aside>
</div>

<footer class="site-footer">
  <p><a href="/privacy/">プライバシーポリシー</a>　<a href="/policy/">広告ポリシー</a></p>
  <p>&copy; 2026 ガジェット日和</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. api-guide.md
# ---------------------------------------------------------------------------

MARKDOWN = """# ひまわり図書館ネットワーク 蔵書検索API v2 開発者ガイド

ひまわり図書館ネットワーク（市内6館）の蔵書を、外部のアプリやウェブサイトから検索するためのAPIです。読書記録アプリや学校図書館との連携など、図書館の蔵書データを活用したサービスの開発にご利用いただけます。このガイドでは、v2の使い方を説明します。

## 概要

- ベースURL：`https://api.himawari-lib.example.jp/v2`
- 通信方式：HTTPSのみ（HTTPでの接続は拒否されます）
- データ形式：JSON（文字コードはUTF-8）
- 日時の形式：ISO 8601（例：`2026-05-01T10:00:00+09:00`）

## 利用登録とAPIキー

APIを使うには、まず開発者ポータルでアカウントを作成し、利用申請を行ってください。申請の際は、利用目的、アプリの名前、想定する1日あたりのリクエスト数を入力してください。申請内容を確認したうえで、原則として3営業日以内にAPIキーを発行します。

1つのアカウントで発行できるAPIキーは2つまでです。開発用と本番用で分けて使うことをおすすめします。

## 認証

取得したAPIキーは、すべてのリクエストで X-Api-Key ヘッダーに入れて送信してください。クエリ文字列にキーを含める方式はv2では使えません。

## 蔵書を検索する（GET /books）

書名や著者名、ISBNで資料を検索します。

### パラメータ

| 名前 | 型 | 必須 | 説明 |
|---|---|---|---|
| q | string | △ | 検索キーワード（書名・著者名）。q と isbn のどちらか一方は必須 |
| isbn | string | △ | ISBN（10桁または13桁、ハイフンなし） |
| library_id | string | − | 館コード（例：`central`）。省略時は全館を検索 |
| available | boolean | − | true にすると貸出可能な資料だけを返す |
| limit | integer | − | 1回に返す件数。初期値20、最大100 |
| offset | integer | − | 先頭から読み飛ばす件数。初期値0 |
| sort | string | − | relevance（既定）または published_desc（新しい順） |

### リクエスト例

```bash
curl -H "X-Api-Key: YOUR_API_KEY" \\
  "https://api.himawari-lib.example.jp/v2/books?q=宮沢賢治&available=true&limit=2"
```

### レスポンス例

```json
{
  "total": 57,
  "next_offset": 2,
  "items": [
    {
      "id": "B0012345",
      "title": "銀河鉄道の夜",
      "author": "宮沢賢治",
      "library_id": "central",
      "status": "available"
    },
    {
      "id": "B0023456",
      "title": "注文の多い料理店",
      "author": "宮沢賢治",
      "library_id": "minami",
      "status": "available"
    }
  ]
}
```

status の値は available（貸出可能）、on_loan（貸出中）、reserved（予約あり）のいずれかです。

## 資料の詳細を取得する（GET /books/{id}）

検索結果の id を指定すると、1件の資料について詳しい情報を返します。レスポンスには、所蔵している館ごとの貸出状況と、その資料を予約している人の数が含まれます。

館ごとの貸出状況は、各館の蔵書管理システムから15分ごとに反映されます。そのため、窓口での実際の状況と少しずれることがあります。

## ページング

検索結果が多い場合は、limit と offset を組み合わせて少しずつ取得します。レスポンスの total は該当件数の合計です。

次のページは、offset に前回の next_offset を指定して取得します。next_offset が null の場合は、それが最後のページです。

## 利用制限

1つのAPIキーにつき、1分あたり60リクエスト、1日あたり10,000リクエストまで利用できます。上限を超えるとステータス429が返ります。

大量のデータが必要な場合は、APIを繰り返し呼び出すのではなく、毎週月曜日に更新される[蔵書データの一括ダウンロード](https://himawari-lib.example.jp/opendata/)を利用してください。

## エラーコード

エラー時は、HTTPステータスとともに次の形式のJSONを返します。

```json
{ "error": { "code": "rate_limited", "message": "Too many requests" } }
```

| ステータス | code | 意味 | 対処 |
|---|---|---|---|
| 400 | invalid_parameter | パラメータの値が正しくない | message に示された項目を確認する |
| 401 | invalid_api_key | APIキーがない、または無効 | ヘッダー名とキーの値を確認する |
| 404 | not_found | 指定した資料や館が存在しない | IDや館コードを確認する |
| 429 | rate_limited | リクエスト数が上限を超えた | Retry-After ヘッダーの秒数だけ待って再試行する |
| 503 | maintenance | システムの定期メンテナンス中 | 毎月第2火曜日の午前2時から5時まで停止する |

## 予約API について

資料の予約（POST /reservations）は、APIキーだけでは利用できません。予約は利用者本人の貸出カードにひもづく操作なので、利用者がログインして同意するOAuth 2.0の認可が必要です。詳しくは「予約API 連携ガイド」を参照してください。

## よくある質問

- 検索結果を新しい順に並べたいときは、sort に published_desc を指定します。
- 雑誌やCD・DVDなどの視聴覚資料も検索の対象です。
- 館内でしか読めない参考図書は、available=true を指定すると結果に含まれません。
- 本の表紙の画像は、このAPIでは提供していません。

## 注意事項

> **ご注意**
>
> APIキーをブラウザで動くJavaScriptに直接書き込まないでください。ソースコードから第三者に読み取られ、不正に利用されるおそれがあります。キーはサーバー側で保管し、サーバーからAPIを呼び出してください。
>
> 旧バージョンのv1は、2026年9月30日をもって提供を終了します。それまでにv2へ移行してください。

## 変更履歴

- 2025年10月1日　v2 を公開し、認証方式をヘッダーに変更
- 2026年1月15日　available パラメータを追加
- 2026年4月1日　sort に published_desc（新しい順）を追加

お問い合わせ：ひまわり図書館ネットワーク システム担当（電話 000-3141-5926、平日9時〜17時）
"""


# ---------------------------------------------------------------------------
# 5. town-history.txt
# ---------------------------------------------------------------------------

TOWN = """桐ヶ谷町のあゆみ　―山あいの養蚕の里から―
桐ヶ谷町郷土史研究会　編（2025年3月）

　この小冊子は、町の成り立ちと暮らしの移り変わりを、町民の皆さんや町を訪れる方に知っていただくためにまとめたものです。聞き取りにご協力くださった皆さんに、心からお礼申し上げます。

一、地名の由来

　桐ヶ谷という地名は、かつてこの谷一帯に桐の木が多く自生していたことに由来すると伝えられている。江戸時代の村絵図には「桐ケ谷村」と記され、谷の斜面に桐の木が描き込まれている。谷を流れる桐川の名も、この木にちなむという。
　切り出された桐材は、川舟で下流の城下町へ運ばれ、下駄や箪笥の材料として重宝された。村の古老によれば、娘が生まれると庭に桐を一本植え、嫁入りのときにその木で箪笥を作る習わしがあったという。

二、養蚕と製糸の時代

　明治に入ると、村の暮らしは大きく変わった。扇状地の水はけのよい土地が桑の栽培に適していたため、養蚕が急速に広まったのである。
　1898年（明治31年）には、村の名主の家に生まれた石倉伝兵衛が私財を投じて、共同の製糸場「桐谷館」を開いた。それまで繭のまま安く買いたたかれていたものを、村で生糸にして出荷できるようになり、農家の収入は大きく増えた。
　最盛期の大正末には、村の農家のおよそ七割が蚕を飼っていた。春と夏の繁忙期には、家の二階がすべて蚕部屋になり、人は一階の一間で寝起きしたと伝えられている。

三、鉄道と学校

　1911年（明治44年）、桐ヶ谷と本宮の町を結ぶ桐ヶ谷軽便鉄道が開通した。それまで峠道を荷車で丸一日かけて運んでいた生糸が、わずか二時間ほどで本宮の駅に届くようになった。駅の周りには宿屋や商店が増え、駅前通りは「桐ヶ谷銀座」と呼ばれるほどにぎわった。
　学校の歴史はさらに古い。1892年（明治25年）、石倉伝兵衛が土地と建築費を寄付し、桐ヶ谷尋常小学校が開校した。伝兵衛は「村の宝は子どもである」と語り、貧しい家の子の学用品代も負担したという。この校舎は1960年代まで使われた。

四、戦後と町の移り変わり

　1930年ごろの世界恐慌で生糸の値段が暴落すると、養蚕農家は急激に減っていった。桐谷館も戦時中に操業を止め、村は再び林業と稲作を中心とする暮らしに戻った。
　1955年（昭和30年）、桐ヶ谷村は隣の湯ノ沢村と合併し、桐ヶ谷町となった。自動車の普及とともに軽便鉄道の利用は減り、1962年に廃止されて路線バスに切り替えられた。
　1974年には、洪水を防ぎ下流に水を送るための桐ヶ谷ダムが完成した。このダムの建設により、湯ノ沢地区の42戸が湖底に沈んだ。移転した人々の多くは町の中心部に移り住み、今も毎年秋には湖畔で慰霊祭が開かれている。
　近年は、桐の苗木を植える運動や、桐下駄づくりの体験教室など、地名の由来である桐を生かしたまちづくりが進められている。

五、祭りと年中行事

　毎年十月の第二日曜日に開かれる「桐の里まつり」は、1998年に始まった比較的新しい祭りである。桐下駄を履いた子どもたちが町の通りを練り歩く「下駄行列」が名物で、町の外からも多くの見物客が訪れる。
　古くから続く行事としては、旧暦二月の初午の日に蚕の神を祀る「お蚕さま祭り」がある。養蚕が盛んだったころには、どの家も繭の形をした団子を供えて、その年の繭の出来を祈った。養蚕農家がほとんどなくなった今も、桐谷館跡の小さな祠で神事だけは続けられている。

■ 年表

1889年　町村制の施行により桐ヶ谷村が成立
1892年　桐ヶ谷尋常小学校が開校
1898年　製糸場「桐谷館」が操業を開始
1911年　桐ヶ谷軽便鉄道（桐ヶ谷―本宮間）が開通
1930年　生糸価格の暴落により養蚕農家が激減
1955年　桐ヶ谷村と湯ノ沢村が合併し、桐ヶ谷町となる
1962年　軽便鉄道が廃止され、路線バスに転換
1974年　桐ヶ谷ダムが完成
1998年　第1回「桐の里まつり」を開催
2011年　旧桐谷館の建物を改修し、郷土資料館として公開

■ 郷土資料館のご案内

　旧桐谷館の建物を改修した郷土資料館では、製糸に使われた座繰り器や、村絵図の複製などを展示している。
　開館時間は午前9時から午後4時30分まで。休館日は毎週月曜日（祝日の場合は翌日）と年末年始。入館料は大人200円、中学生以下は無料。
　問い合わせ先：桐ヶ谷町教育委員会　生涯学習係　電話000-555-0123
"""


# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

QUESTIONS = [
    # insurance-terms.pdf
    ("通院した場合、1日あたりいくら出ますか？", "ja", "table",
     ["通院1日につき1,000円"]),
    ("お酒を飲んで自転車に乗ってて事故ったら、保険って出るの？", "ja", "paraphrase",
     ["酒気を帯びた状態で自転車を運転している間"]),
    ("事故にあったら、いつまでに保険会社へ知らせればいいですか？", "ja", "fact",
     ["事故の日からその日を含めて30日以内"]),
    ("I signed up online. At what time on the start date does my coverage begin?", "en", "fact",
     ["保険期間は始期日の午前0時"]),
    ("第9条だと、請求してから何日以内にお金を払ってもらえることになっていますか？", "ja", "section",
     ["30日以内に保険金を支払います"]),
    ("保険会社が相手との示談交渉をしてくれないことがあるのはなぜ？", "ja", "why",
     ["相手方が当会社との交渉に同意しない場合",
      "保険金額を明らかに超える場合"]),
    # apartment-contract.docx
    ("敷金っていくら払えばいいの？", "ja", "table",
     ["136,000円（賃料の2か月分）"]),
    ("引っ越すことになったら、解約はどうやって申し出ればいいですか？", "ja", "howto",
     ["管理会社所定の解約届を提出"]),
    ("Am I allowed to keep a cat in this apartment?", "en", "paraphrase",
     ["犬、猫、鳥などの動物を飼育しないこと"]),
    ("退去のときのクリーニング代を借主が払うことになっているのはどうしてですか？", "ja", "why",
     ["専門業者による清掃が必要となるため"]),
    ("ギターの練習って夜何時までならOK？", "ja", "fact",
     ["午前9時から午後8時までの間に限ること"]),
    ("「退去時の原状回復」の項目では、日焼けで変色した壁紙の修繕費は誰が持つことになっていますか？", "ja", "section",
     ["経年変化の修繕費用は貸主の負担とする"]),
    # product-review.html
    ("メモリスP6の厚さはどれくらい？", "ja", "table",
     ["6.8mm"]),
    ("筆者はこの端末をいくらで買ったんですか？", "ja", "fact",
     ["公式ストアで税込29,800円でした", "29,800円（税込）"]),
    ("このメモ端末の弱点や不満点を教えてください。", "ja", "list",
     ["替え芯が3本しか付属せず",
      "バックライトがないので暗い場所では読めない",
      "手書き文字のテキスト変換は精度がいまひとつ"]),
    ("In the reviewer's daily use, how long did one charge of the battery last?", "en", "fact",
     ["充電は約9日もちました"]),
    ("書いたメモをスマホに送るにはどうすればいい？", "ja", "howto",
     ["専用アプリ「メモリスSync」をインストール"]),
    ("左利きの人でも使いやすいですか？", "ja", "paraphrase",
     ["ツールバーが右側に移動する", "左利きでも問題なく使えますよ"]),
    # api-guide.md
    ("ステータス503が返ってきたんだけど、何が起きてるの？", "ja", "table",
     ["システムの定期メンテナンス中", "毎月第2火曜日の午前2時から5時まで停止する"]),
    ("1分間に何回までAPIを呼び出せますか？", "ja", "fact",
     ["1分あたり60リクエスト"]),
    ("APIキーはリクエストのどこに付けて送ればいい？", "ja", "howto",
     ["X-Api-Key ヘッダーに入れて送信"]),
    ("When will the old v1 API stop being available?", "en", "fact",
     ["2026年9月30日をもって提供を終了"]),
    ("フロントエンドのJavaScriptにAPIキーを直接書いちゃいけない理由は？", "ja", "why",
     ["第三者に読み取られ、不正に利用されるおそれ"]),
    ("「ページング」の説明によると、次のページはどうやって取ればいいですか？", "ja", "section",
     ["前回の next_offset を指定して取得"]),
    # town-history.txt
    ("鉄道が通ったのはいつごろですか？", "ja", "fact",
     ["1911年（明治44年）", "1911年　桐ヶ谷軽便鉄道"]),
    ("どうしてこの辺りで養蚕が盛んになったの？", "ja", "why",
     ["水はけのよい土地が桑の栽培に適していた"]),
    ("Where does the name Kirigaya come from?", "en", "paraphrase",
     ["桐の木が多く自生していた"]),
    ("年表で見ると、村から町になったのは何年？", "ja", "list",
     ["1955年　桐ヶ谷村と湯ノ沢村が合併", "1955年（昭和30年）"]),
    ("小学校ができたとき、土地やお金を出したのは誰ですか？", "ja", "fact",
     ["石倉伝兵衛が土地と建築費を寄付"]),
    ("「四、戦後と町の移り変わり」の章では、ダムができたことで何が起きたと書かれていますか？", "ja", "section",
     ["湯ノ沢地区の42戸が湖底に沈んだ"]),
    # near misses
    ("この自転車保険の年間保険料はいくらですか？", "ja", "unanswerable", []),
    ("自転車が盗まれた場合も補償してもらえますか？", "ja", "unanswerable", []),
    ("メゾン柊に駐車場はある？月いくら？", "ja", "unanswerable", []),
    ("メモリスP6は防水ですか？お風呂で使えますか？", "ja", "unanswerable", []),
    ("この蔵書検索APIの利用料金はいくらかかりますか？", "ja", "unanswerable", []),
    ("桐ヶ谷町の今の人口はどれくらいですか？", "ja", "unanswerable", []),
]


def build_jsonl(path):
    lines = []
    for i, (q, lang, kind, answers) in enumerate(QUESTIONS, 1):
        lines.append(json.dumps({
            "id": "b6-%03d" % i, "question": q, "lang": lang, "kind": kind,
            "answers": answers, "unanswerable": kind == "unanswerable",
        }, ensure_ascii=False))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    os.makedirs(DOCS, exist_ok=True)
    build_pdf(os.path.join(DOCS, "insurance-terms.pdf"))
    build_docx(os.path.join(DOCS, "apartment-contract.docx"))
    write_text(os.path.join(DOCS, "product-review.html"), HTML)
    write_text(os.path.join(DOCS, "api-guide.md"), MARKDOWN)
    write_text(os.path.join(DOCS, "town-history.txt"), TOWN)
    build_jsonl(os.path.join(HERE, "..", "blind-6.jsonl"))


if __name__ == "__main__":
    main()
