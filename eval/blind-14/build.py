#!/usr/bin/env python3
"""Regenerate the five blind-14 documents byte for byte.

Run with an interpreter that has reportlab and python-docx, e.g.
    /work/main/.venv/bin/python /work/blind14/build.py [OUTDIR]
(OUTDIR defaults to this file's directory.)

Outputs (next to this file):
    kettle_kt08_manual.pdf      -- 2-page appliance manual (reportlab, CID fonts)
    aoba_ryohi_keihi_kitei.docx -- company travel & expense rules (python-docx)
    shizukuno_access_faq.html   -- hot-spring inn access / FAQ web page
    oboe_README.md              -- README of an invented CLI tool (Markdown)
    sofu_no_hashiradokei.txt    -- Aozora-Bunko-style memoir (UTF-8 plain text)

Everything in these documents (companies, people, places, products, phone
numbers, domains) is invented.
"""
import io
import os
import zipfile
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))

PDF_NAME = "kettle_kt08_manual.pdf"
DOCX_NAME = "aoba_ryohi_keihi_kitei.docx"
HTML_NAME = "shizukuno_access_faq.html"
MD_NAME = "oboe_README.md"
TXT_NAME = "sofu_no_hashiradokei.txt"

# ---------------------------------------------------------------------------
# 1. PDF: electric kettle manual
# ---------------------------------------------------------------------------
PDF_TITLE = "電気ケトル「ユゲタテ」KT-08 取扱説明書"
PDF_FOOTER = "ハルカゼ家電株式会社　KT-08 取扱説明書"

# Each block: (kind, payload). kinds: h1, h2, h3, p, item, note, table, break
PDF_BLOCKS = [
    ("h1", PDF_TITLE),
    ("p", "このたびはハルカゼ家電の電気ケトルをお買い上げいただき、まことにありがとうございます。"
          "ご使用の前にこの説明書をよくお読みいただき、正しく安全にお使いください。"
          "お読みになったあとは、大切に保管してください。"),
    ("h2", "安全上のご注意"),
    ("p", "ここに示した注意事項は、お使いになる方や周りの方への危害と、財産への損害を未然に防ぐためのものです。"),
    ("item", "・本体を丸洗いしたり、底の電源接点に水をかけたりしないでください。ショートや感電の原因になります。"),
    ("item", "・満水目盛り（1.0L）を超えて水を入れないでください。沸騰したときに熱湯があふれ出るおそれがあります。"),
    ("item", "・沸かしている間や沸かした直後は、ふたを開けたり、注ぎ口や蒸気口に顔や手を近づけたりしないでください。"),
    ("item", "・電源プレートは本製品専用です。ほかの機器の電源として使わないでください。"),
    ("item", "・コンセントは定格15A以上のものを単独で使い、延長コードでのタコ足配線はしないでください。"),
    ("item", "・小さなお子様の手の届く所では使わないでください。本体が倒れると、中のお湯がこぼれてやけどをするおそれがあります。"),
    ("h2", "各部のなまえ"),
    ("p", "本体は、ふた、ふた開ボタン、注ぎ口、蒸気口、茶こしフィルター、水量窓、取っ手、電源スイッチ、ランプでできています。"
          "電源プレートの裏側には、余った電源コードを巻いてしまえるコード収納溝があります。"),
    ("h2", "お湯の沸かしかた"),
    ("item", "1. 本体を電源プレートから外し、ふた開ボタンを押してふたを開けます。"),
    ("item", "2. 水量窓の「MIN」と「MAX」の間まで水を入れ、ふたを「カチッ」と音がするまで閉めます。"),
    ("item", "3. 本体を電源プレートにまっすぐ載せ、電源スイッチを下に押し込みます。ランプが橙色に点灯します。"),
    ("item", "4. 沸騰すると自動でスイッチが切れ、ランプが消えます。カップ1杯分（140mL）なら約60秒、満水なら約5分で沸きます。"),
    ("item", "5. 本体を電源プレートから持ち上げ、ふたを押さえながらゆっくり注ぎます。"),
    ("h2", "保温と再沸騰について"),
    ("p", "本製品には保温機能はありません。沸かしたお湯は、時間がたつと少しずつ冷めていきます。"
          "もう一度温めたいときは、水量がMINの線より上にあることを確かめてから、再び電源スイッチを押してください。"
          "沸騰した直後に続けてスイッチを押すと、本体内部の温度が高いためにすぐ切れることがありますが、故障ではありません。"),
    ("break", None),
    ("h2", "お手入れのしかた"),
    ("p", "お手入れは、必ず電源プラグをコンセントから抜き、本体が十分に冷えてから行ってください。"
          "外側の汚れは、よく絞ったやわらかい布でふき取ります。"
          "シンナー、ベンジン、みがき粉は表面を傷めるので使わないでください。"),
    ("h3", "内側の白い斑点（水あか）の落としかた"),
    ("p", "水道水に含まれるカルシウムなどのミネラル分が内側に付き、白い斑点やざらつきになることがあります。"
          "体に害はありませんが、月に1回程度を目安に、次の手順で落としてください。"),
    ("item", "1. 満水目盛りまで水を入れ、クエン酸を大さじ1杯（約15g）溶かします。"),
    ("item", "2. いつもどおり沸騰させたあと、そのまま1時間ほど置いておきます。"),
    ("item", "3. お湯を捨て、きれいな水で2～3回すすぎます。においが残るときは、水だけでもう一度沸かして捨ててください。"),
    ("note", "※クエン酸は、薬局やスーパーの掃除用品売り場で手に入ります。"
             "塩素系の漂白剤は内側のステンレスを変色させるため、絶対に使わないでください。"),
    ("h2", "故障かな？と思ったら"),
    ("p", "修理を依頼される前に、次の表で症状と対処のしかたを確かめてください。"),
    ("table", {
        "widths": [52, 52, 66],  # mm
        "rows": [
            ["症状", "考えられる原因", "対処のしかた"],
            ["スイッチを押してもランプがつかない", "電源プラグが抜けている", "プラグを根元まで差し込む"],
            ["スイッチを押してもすぐに切れる", "空だき防止装置が働いた直後である", "本体が冷えるまで10分ほど待つ"],
            ["沸騰してもスイッチが切れない", "ふたがきちんと閉まっていない", "「カチッ」と音がするまで閉める"],
            ["お湯がプラスチックくさい", "使い始めで部品のにおいが残っている", "水を沸かして捨てるのを3回くり返す"],
            ["沸くまでに時間がかかる", "内側に水あかが付いている", "クエン酸でお手入れをする"],
            ["ふたのすき間からお湯がもれる", "水を入れすぎている", "MAXの線より下で使う"],
        ],
    }),
    ("h2", "仕様"),
    ("table", {
        "widths": [50, 120],
        "rows": [
            ["品番", "KT-08"],
            ["電源", "交流100V　50/60Hz"],
            ["消費電力", "1250W"],
            ["容量", "1.0L（カップ約7杯分）"],
            ["本体質量", "約0.9kg（電源プレートを除く）"],
            ["電源コードの長さ", "約1.2m"],
            ["安全装置", "空だき防止装置、温度ヒューズ"],
        ],
        "header": False,
    }),
    ("note", "※仕様は改良のため、予告なく変更することがあります。"),
    ("p", "お問い合わせ：ハルカゼ家電 お客様相談室　電話 000-120-4471（平日9:00～17:00）"),
]


def build_pdf(path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak)

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    MIN, GO = "HeiseiMin-W3", "HeiseiKakuGo-W5"

    st = {
        "h1": ParagraphStyle("h1", fontName=GO, fontSize=16, leading=22, spaceAfter=6, wordWrap="CJK"),
        "h2": ParagraphStyle("h2", fontName=GO, fontSize=12, leading=17, spaceBefore=7, spaceAfter=3, wordWrap="CJK"),
        "h3": ParagraphStyle("h3", fontName=GO, fontSize=10.5, leading=15, spaceBefore=4, spaceAfter=2, wordWrap="CJK"),
        "p": ParagraphStyle("p", fontName=MIN, fontSize=9.5, leading=14.5, spaceAfter=3, wordWrap="CJK"),
        "item": ParagraphStyle("item", fontName=MIN, fontSize=9.5, leading=14.5, leftIndent=12,
                               firstLineIndent=-10, spaceAfter=1.5, wordWrap="CJK"),
        "note": ParagraphStyle("note", fontName=MIN, fontSize=8.5, leading=13, leftIndent=10,
                               firstLineIndent=-9, spaceBefore=2, spaceAfter=3, wordWrap="CJK"),
        "cell": ParagraphStyle("cell", fontName=MIN, fontSize=8.5, leading=12, wordWrap="CJK"),
        "cellh": ParagraphStyle("cellh", fontName=GO, fontSize=8.5, leading=12, wordWrap="CJK"),
    }

    def footer(canv, doc):
        canv.saveState()
        canv.setFont(MIN, 8)
        canv.setStrokeColor(colors.grey)
        canv.line(20 * mm, 15 * mm, A4[0] - 20 * mm, 15 * mm)
        canv.drawString(20 * mm, 10 * mm, PDF_FOOTER)
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, "— %d / 2 —" % doc.page)
        canv.restoreState()

    story = []
    for kind, payload in PDF_BLOCKS:
        if kind == "break":
            story.append(PageBreak())
        elif kind == "table":
            header = payload.get("header", True)
            data = []
            for r, row in enumerate(payload["rows"]):
                cells = []
                for c, txt in enumerate(row):
                    style = st["cellh"] if (header and r == 0) or (not header and c == 0) else st["cell"]
                    cells.append(Paragraph(txt, style))
                data.append(cells)
            t = Table(data, colWidths=[w * mm for w in payload["widths"]], hAlign="LEFT")
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("TOPPADDING", (0, 0), (-1, -1), 3),
                  ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if header:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
            else:
                ts.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 4))
        else:
            story.append(Paragraph(payload, st[kind]))

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=16 * mm, bottomMargin=20 * mm,
                            title=PDF_TITLE, author="ハルカゼ家電株式会社",
                            subject="電気ケトル KT-08 取扱説明書", creator="blind14 build.py",
                            producer="ReportLab", invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------
# 2. DOCX: company travel and expense reimbursement rules
# ---------------------------------------------------------------------------
# (style, text) ; style "table" takes a list of rows
DOCX_BLOCKS = [
    ("Title", "旅費・経費精算規程"),
    ("Normal", "株式会社アオバ測量設計　総務部"),
    ("Normal", "制定 2019年4月1日　最終改定 2024年4月1日"),
    ("Heading 1", "第1章　総則"),
    ("Heading 2", "目的"),
    ("Normal", "この規程は、社員が業務のために立て替えた旅費および経費を会社が精算する際の手続きと基準を定め、"
               "適正で迅速な処理を図ることを目的とする。"),
    ("Heading 2", "適用範囲"),
    ("Normal", "この規程は、正社員、契約社員およびパートタイム社員に適用する。"
               "派遣社員の経費については、派遣元会社との契約の定めに従う。"),
    ("Heading 1", "第2章　国内出張"),
    ("Heading 2", "出張の定義"),
    ("Normal", "出張とは、勤務する事業所から片道50km以上離れた場所で業務を行うことをいう。"
               "50km未満の移動は「近距離移動」とし、交通費の実費のみを精算する。"),
    ("Heading 2", "日当および宿泊費"),
    ("Normal", "日当と宿泊費の上限は、職位に応じて次の表のとおりとする。"
               "宿泊費は上限の範囲内で実費を支給し、上限を超えた分は本人の負担とする。"),
    ("table", [
        ["区分", "日当（1日あたり）", "宿泊費の上限（1泊あたり）"],
        ["一般社員", "2,000円", "9,500円"],
        ["主任・係長", "2,500円", "10,500円"],
        ["課長以上", "3,000円", "12,000円"],
        ["東京23区・大阪市内に宿泊する場合", "加算なし", "上記の額に1,500円を加算"],
    ]),
    ("Normal", "日帰り出張の場合、日当は表の額の半額とする。"
               "また、出張先で食事が提供される研修や会議に参加した日は、日当から1食につき500円を差し引く。"),
    ("Heading 2", "交通手段"),
    ("Normal", "移動には、最も経済的かつ合理的な経路と手段を選ぶこと。"),
    ("List Bullet", "鉄道は普通運賃を原則とし、片道100km以上の場合に限り特急料金を認める。"),
    ("List Bullet", "新幹線のグリーン車は、役員を除き利用を認めない。"),
    ("List Bullet", "航空機は、鉄道より総額が安いとき、または所要時間を2時間以上短縮できるときに利用できる。"),
    ("List Bullet", "社有車を使う場合は、車両管理担当に前日までに予約する。"),
    ("List Bullet", "自家用車の業務使用は原則として禁止する。"
                    "やむを得ない場合は所属長の許可を得たうえで、走行1kmあたり25円を支給する。"),
    ("Heading 1", "第3章　経費の精算"),
    ("Heading 2", "精算の手順"),
    ("Normal", "経費の精算は、次の順序で行う。"),
    ("List Number", "経費を支払ったら、必ず領収書の原本を受け取る。"),
    ("List Number", "経費精算システム「アオバ精算」に支払日、金額、用途を入力し、領収書をスマートフォンで撮影して添付する。"),
    ("List Number", "所属長がシステム上で内容を確認し、承認する。"),
    ("List Number", "領収書の原本は台紙に貼り、月末までに総務課の提出箱に入れる。"),
    ("List Number", "経理課の確認が終わったものは、翌月25日の給与と合わせて振り込まれる。"),
    ("Heading 2", "仮払い"),
    ("Normal", "出張などで立て替える額が5万円を超える見込みのときは、出発の5営業日前までに仮払いを申請できる。"
               "仮払いを受けた者は、帰着した日から1週間以内に精算を行い、残額があれば会社に返金する。"),
    ("Heading 2", "申請の期限"),
    ("Normal", "精算の申請は、支出日の属する月の翌月10日までに行わなければならない。"
               "期限を過ぎた申請は、所属長の理由書を添付した場合に限り、支出日から3か月以内であれば受け付ける。"),
    ("Heading 2", "領収書がない場合"),
    ("Normal", "電車やバスの運賃のように領収書が発行されないものは、システムの「支払証明」欄に経路と金額を記入することで、"
               "領収書に代えることができる。"),
    ("Normal", "領収書を紛失した場合は、紛失届をシステムから提出する。"
               "ただし、1件5,000円を超える支出については、紛失届による精算を認めない。"),
    ("Heading 2", "接待交際費の取り扱い"),
    ("Normal", "取引先との会食や贈答は、事前に「交際費申請」を提出し、部長の承認を得なければならない。"
               "会食の費用は一人あたり5,000円を上限とし、申請には参加者全員の氏名と会社名を記入する。"),
    ("Heading 2", "研修費・書籍代"),
    ("Normal", "業務に必要な外部研修の受講料や専門書の購入費は、所属長が事前に認めたものに限り精算できる。"
               "資格試験の受験料は、会社が指定した資格について合格した場合にのみ全額を支給する。"
               "個人の趣味や教養を目的とした書籍は対象外とする。"),
    ("Heading 1", "第4章　雑則"),
    ("Normal", "虚偽の申請や二重の申請が判明した場合、会社は支給した額の返還を求め、"
               "就業規則に基づいて懲戒処分を行うことがある。"),
    ("Normal", "この規程に定めのない事項は、その都度、総務部長と経理課長が協議して決める。"
               "この規程の改廃は、経営会議の決議によって行う。"),
    ("Normal", "附則　この規程は、2024年4月1日から施行する。"),
    ("Normal", "お問い合わせ先：総務課 経費担当（内線3120、keihi@aoba-sokuryo.example）"),
]

FIXED_DT = datetime.datetime(2024, 4, 1, 9, 0, 0)
ZIP_DT = (2024, 4, 1, 9, 0, 0)


def _normalize_zip(raw: bytes) -> bytes:
    """Rewrite a zip with fixed entry times, order and attributes."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_docx(path):
    import docx
    from docx.shared import Pt
    from docx.oxml.ns import qn

    d = docx.Document()
    # East-Asian font for the whole document
    for sname in ("Normal", "Title", "Heading 1", "Heading 2"):
        s = d.styles[sname]
        rpr = s.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), "MS Mincho" if sname == "Normal" else "MS Gothic")
    d.styles["Normal"].font.size = Pt(10.5)

    for style, payload in DOCX_BLOCKS:
        if style == "table":
            t = d.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = d.styles["Table Grid"]
            for r, row in enumerate(payload):
                for c, txt in enumerate(row):
                    cell = t.cell(r, c)
                    run = cell.paragraphs[0].add_run(txt)
                    if r == 0:
                        run.bold = True
        else:
            d.add_paragraph(payload, style=style)

    cp = d.core_properties
    cp.title = "旅費・経費精算規程"
    cp.author = "株式会社アオバ測量設計 総務部"
    cp.last_modified_by = "株式会社アオバ測量設計 総務部"
    cp.subject = "社内規程"
    cp.keywords = "旅費; 経費; 精算"
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT

    buf = io.BytesIO()
    d.save(buf)
    with open(path, "wb") as f:
        f.write(_normalize_zip(buf.getvalue()))


# ---------------------------------------------------------------------------
# 3. HTML: hot-spring inn access & FAQ page
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>アクセス・よくあるご質問｜霧ヶ沢温泉 湯守の宿 しずく野</title>
<meta name="description" content="霧ヶ沢温泉 湯守の宿 しずく野への交通案内、日帰り入浴、館内設備、よくあるご質問をご案内します。">
<link rel="stylesheet" href="/assets/css/style.css">
<style>
  table { border-collapse: collapse; }
  th, td { border: 1px solid #999; padding: 4px 8px; }
</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
<header class="site-header">
  <p class="logo"><a href="https://shizukuno.example/">霧ヶ沢温泉 湯守の宿 しずく野</a></p>
  <nav class="global-nav" aria-label="メインメニュー">
    <ul>
      <li><a href="/">ホーム</a></li>
      <li><a href="/rooms/">客室</a></li>
      <li><a href="/cuisine/">お料理</a></li>
      <li><a href="/onsen/">温泉</a></li>
      <li><a href="/access/" aria-current="page">アクセス・FAQ</a></li>
      <li><a href="/reserve/">ご予約</a></li>
    </ul>
  </nav>
  <p class="breadcrumb"><a href="/">ホーム</a> &gt; アクセス・よくあるご質問</p>
</header>

<main id="content">
<h1>アクセス・よくあるご質問</h1>
<p>霧ヶ沢の渓谷沿いにたたずむ、全十二室の小さな湯宿です。当館までの道順と、お客様からよくいただくご質問をこのページにまとめました。ご不明な点がございましたら、お気軽にお問い合わせください。</p>

<h2>所在地</h2>
<p>〒000-0000 山辺県霧ヶ沢町湯ノ平12-3<br>
電話 000-555-0182（受付 9:00～20:00）</p>

<h2>交通のご案内</h2>
<h3>お車でお越しの場合</h3>
<ol>
  <li>霧ヶ沢インターチェンジを降りて、県道88号を北へ約15分進みます。</li>
  <li>「湯ノ平入口」の信号を右折し、川沿いの細い道を上ります。</li>
  <li>赤い欄干の「かじか橋」を渡ってすぐ左手が、当館の駐車場です。</li>
</ol>
<p>冬期（12月～3月）は路面が凍結します。<strong>スタッドレスタイヤかタイヤチェーン</strong>を必ずご用意ください。カーナビでは旧道に案内されることがあるため、電話番号ではなく住所で検索することをおすすめします。</p>

<h3>電車でお越しの場合</h3>
<p>山あい鉄道の霧ヶ沢駅が最寄り駅です。駅から当館までは、無料の送迎車をご利用いただけます。送迎をご希望の方は、ご宿泊の前日までに到着時刻をお知らせください。駅前にはタクシーが常駐していないため、送迎のご予約をおすすめしております。</p>

<h2>日帰り入浴のご案内</h2>
<p>ご宿泊でない方も、11:00～15:00（最終受付14:30）の間は温泉をご利用いただけます。混雑時は入場をお待ちいただく場合があります。</p>
<table>
  <thead>
    <tr><th>区分</th><th>料金</th><th>備考</th></tr>
  </thead>
  <tbody>
    <tr><td>大人（中学生以上）</td><td>900円</td><td>タオル付きは1,200円</td></tr>
    <tr><td>小学生</td><td>450円</td><td>タオルの貸し出しは有料</td></tr>
    <tr><td>未就学児</td><td>無料</td><td>保護者の同伴が必要です</td></tr>
    <tr><td>貸切露天風呂（50分）</td><td>2,500円</td><td>当日フロントで先着順に受付</td></tr>
  </tbody>
</table>

<h2>館内のご案内</h2>
<ul>
  <li>大浴場「白糸の湯」：15:00～翌10:00（深夜1:00～5:00は清掃のため利用不可）</li>
  <li>露天風呂「星見の湯」：男女入れ替え制で、毎晩21:00に入れ替えます</li>
  <li>売店：7:30～21:00（地酒と手づくりの柚子みそが人気です）</li>
  <li>無線LAN：全客室とロビーでご利用いただけます</li>
  <li>貸出品：ドライヤー、加湿器、携帯電話用の充電器</li>
</ul>

<h2>周辺の散策</h2>
<p>かじか橋から上流へ遊歩道を二十分ほど歩くと、高さ十八メートルの「霧見の滝」があります。新緑の五月と紅葉の十月下旬が特に美しく、朝の早い時間には滝つぼに虹がかかることもあります。遊歩道は一部が未舗装ですので、歩きやすい靴でお出かけください。</p>

<h2>よくあるご質問</h2>
<details>
  <summary>チェックイン・チェックアウトの時間を教えてください。</summary>
  <p>チェックインは15:00から19:00まで、チェックアウトは10:00です。夕食の準備の都合上、19:00を過ぎそうな場合は必ずお電話でご連絡ください。</p>
</details>
<details>
  <summary>夕食の時間は選べますか？</summary>
  <p>17:30、18:00、18:30、19:00の四つの時間からお選びいただけます。お食事は個室のお食事処でご用意します。</p>
</details>
<details>
  <summary>食物アレルギーに対応していますか？</summary>
  <p>卵・乳・小麦などの特定原材料については、ご予約の3日前までにお知らせいただければ、代わりのお料理をご用意します。</p>
</details>
<details>
  <summary>子ども用の浴衣はありますか？</summary>
  <p>身長90cmから150cmまでのお子様用浴衣を、無料でお貸ししています。</p>
</details>
<details>
  <summary>キャンセル料はかかりますか？</summary>
  <p>前日は宿泊料金の30%、当日は50%、ご連絡のないまま不泊の場合は100%を申し受けます。詳しくは<a href="/policy/">宿泊約款</a>をご覧ください。</p>
</details>
<details>
  <summary>駐車場は無料ですか？</summary>
  <p>敷地内に無料の駐車場を12台分ご用意しております。事前のご予約は必要ありません。</p>
</details>
<details>
  <summary>お部屋でたばこは吸えますか？</summary>
  <p>客室と館内はすべて禁煙です。おたばこは玄関横の屋根付き喫煙所をご利用ください。</p>
</details>
<details>
  <summary>どんな泉質ですか？</summary>
  <p>ナトリウム－塩化物・炭酸水素塩泉です。肌あたりがやわらかく、湯上がりもさっぱりしていることから、地元では「化粧の湯」と呼ばれています。</p>
</details>
</main>

<footer class="site-footer">
  <p>霧ヶ沢温泉 湯守の宿 しずく野</p>
  <p>〒000-0000 山辺県霧ヶ沢町湯ノ平12-3　電話 000-555-0182</p>
  <p><a href="/privacy/">プライバシーポリシー</a>｜<a href="/sitemap/">サイトマップ</a>｜<a href="/contact/">お問い合わせ</a></p>
  <p><small>&copy; 2024 Shizukuno. All rights reserved.</small></p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 4. Markdown: README of an invented CLI tool
# ---------------------------------------------------------------------------
MARKDOWN = """---
title: "oboe — ターミナルで使う暗記カード"
description: "間隔反復で単語や用語を覚えるためのコマンドラインツール"
version: 0.7.2
updated: 2024-11-18
tags: [cli, 学習, 間隔反復]
lang: ja
---

# oboe

**oboe**（おぼえ）は、ターミナルの中で単語カードをめくるように暗記ができるコマンドラインツールです。正解できたカードは出題の間隔をだんだん広げ、忘れかけたころにもう一度出題する「間隔反復」の考え方で、少ない回数でも記憶を定着させます。英単語、資格試験の用語、プログラミング言語の関数名など、覚えたいものなら何でもカードにできます。

> 現在のバージョンは 0.7.2 です。1.0 までは設定ファイルの書式が変わる可能性があります。

## 特長

- キーボードだけで操作でき、マウスに触れずに一日の復習を終えられる
- カードは手元のデータベースに保存され、外部のサーバーには何も送信しない
- 表と裏を入れ替えた「逆向きカード」を自動で作れる
- タグでカードを分類し、特定のタグだけを集中して復習できる
- 学習の記録から正答率や連続学習日数を確かめられる

## 動作環境

- Python 3.10 以上
- macOS 13 以降、または主要な Linux ディストリビューション
- 色付きの表示には、256 色に対応した端末が必要です

## インストール

[pipx](https://pipx.example/) を使ったインストールをおすすめします。ほかの Python 環境と依存関係がぶつからないためです。

```bash
pipx install oboe-cards
oboe --version
```

初回起動時に、データベースと設定ファイルが自動で作成されます。古いバージョンを使っている場合は、`pipx upgrade oboe-cards` で更新してください。

## クイックスタート

1. デッキ（カードの束）を作ります：`oboe deck new 英単語`
2. カードを追加します：`oboe add -d 英単語 "abandon" "見捨てる"`
3. 今日の分を復習します：`oboe study -d 英単語`
4. 出題されたら答えを頭に思い浮かべ、スペースキーで裏面を表示します
5. 思い出せた度合いを、1〜4 の数字キーで自己採点します

## コマンド一覧

| コマンド | 説明 | 主なオプション |
| --- | --- | --- |
| `oboe add` | カードを1枚追加する | `--tag` `--reverse` |
| `oboe study` | 今日復習すべきカードを出題する | `--limit` |
| `oboe import` | CSVファイルからまとめて取り込む | `--delimiter` |
| `oboe stats` | 正答率と連続学習日数を表示する | `--since` |
| `oboe export` | デッキをCSVまたはJSONで書き出す | `--format` |

## 採点と出題間隔

自己採点のキーは次の4つです。

- `1` もう一度：まったく思い出せなかった
- `2` むずかしい：時間はかかったが思い出せた
- `3` ふつう：少し考えてから思い出せた
- `4` かんたん：見た瞬間に思い出せた

「もう一度」を選んだカードは、それまでの記録にかかわらず間隔は1日に戻ります。「かんたん」を選ぶと、次の出題までの間隔がそれまでの2.5倍に伸びます。間隔の上限は180日です。

### 連続学習日数の数え方

`oboe stats` で表示される連続学習日数は、午前4時を1日の区切りとして数えます。夜更かしをして日付が変わってから復習しても、前の日の分として記録されるので、連続が途切れることはありません。

## タグで絞り込む

カードを追加するときに `--tag` を付けると、あとからタグ単位で復習できます。たとえば試験の直前に、苦手な分野のタグだけを選んで集中的に出題させることができます。タグは一枚のカードにいくつでも付けられ、名前に日本語を使ってもかまいません。

## CSVから取り込む

表計算ソフトで作った単語帳は、CSV形式で保存してから取り込めます。1列目が表面、2列目が裏面になり、3列目があればタグとして扱われます。文字コードは **UTF-8** で保存してください。

```bash
oboe import tango.csv -d 英単語
```

## 設定

設定は `~/.config/oboe/config.toml` に書きます。主な項目は次のとおりです。

```toml
daily_limit = 100        # 1日に出題する復習カードの上限
new_cards_per_day = 20   # 1日に新しく出題するカードの枚数
theme = "dark"           # 配色（dark / light）
```

## よくあるトラブル

- 「database is locked」と表示される：別のターミナルで起動したままの oboe を終了してから、もう一度実行してください。
- 日本語が文字化けする：端末の文字コードが UTF-8 になっているか確認してください。
- 出題されるカードがない：今日の復習はすべて終わっています。新しいカードを足すか、明日また開いてください。

## 開発に参加する

バグ報告や機能の提案は [Issue](https://git.oboe-cli.example/oboe/oboe/issues) で受け付けています。プルリクエストは `develop` ブランチに向けて送ってください。テストは `make test` で実行できます。コードを書く前に、[CONTRIBUTING.md](CONTRIBUTING.md) に一度目を通してください。

## ライセンス

MIT License で公開しています。詳しくは [LICENSE](LICENSE) を参照してください。
"""

# ---------------------------------------------------------------------------
# 5. Aozora-Bunko-style memoir
# ---------------------------------------------------------------------------
AOZORA = """祖父の柱時計
桐谷朔太郎

-------------------------------------------------------
【テキスト中に現れる記号について】

《》：ルビ
（例）柱時計《はしらどけい》

｜：ルビの付く文字列の始まりを特定する記号
（例）真鍮｜振子《ふりこ》

［＃］：入力者注　主に外字の説明や、傍点の位置の指定
　　　（数字は、JIS X 0213の面区点番号、または底本のページと行数）
（例）［＃「ねじ巻き」に傍点］
-------------------------------------------------------

［＃３字下げ］一［＃「一」は中見出し］

　鴫浦《しぎうら》の港から坂をひとつ上った角に、祖父の店はあった。間口二間ほどの小さな店で、ガラス戸には金文字で「桐谷時計店」と書かれていた。桐谷時計店は、祖父が二十六の歳に開いてから四十二年、同じ角地で商いを続けた。
　店に入ると、まず耳に届くのは音だった。壁に掛けられた十いくつもの時計が、それぞれ少しずつ違う調子で時を刻んでいる。祖父はその音を聞き分けて、どれが遅れがちで、どれが機嫌がいいかを言い当てた。客が持ち込んだ懐中時計も、ふたを開ける前に耳に当て、しばらく黙って聞いてから「ああ、これはひげが絡んでいる」などと言うのだった。
　なかでも奥の壁の柱時計《はしらどけい》は、店の主《ぬし》のような顔をしていた。高さは子どもだった私の背丈の倍ほどもあり、ガラス窓の向こうで真鍮｜振子《ふりこ》がゆっくりと揺れていた。ところが、この時計だけはいつも五分進んでいた。直さないのかと尋ねると、祖父は笑って首を振った。
「あれは、わざと進めてあるんだ」
「どうして」
「港へ急ぐ客が船に乗り遅れないように、さ。ここから桟橋まで、年寄りの足でちょうど五分かかる」
　坂の上の店の前を、連絡船に乗る人たちが毎朝通っていった。その人たちがガラス越しに柱時計を見て足を速めるのを、祖父は帳場から眺めていた。

［＃３字下げ］二［＃「二」は中見出し］

　私が初めて柱時計のねじを巻かせてもらったのは、十歳の夏休みのことだった。それまでは、祖父が毎週日曜の朝に巻くのを、脇で見ているだけだった。
　祖父は踏み台を置き、文字盤の下の小さな穴に鍵を差し込ませた。鍵は冷たく、思っていたよりずっと重かった。
「ねじは右へ十六回。それより多く巻くと、ゼンマイが泣く」
「泣くって、どんなふうに」
「音がしなくなる。泣きすぎた時計は、黙りこむんだ」
　私は一回ずつ声に出して数えながら鍵を回した。十を過ぎたあたりから手ごたえが固くなり、十六回目には腕がしびれていた。巻き終えると、祖父は振子の揺れをしばらく黙って見つめ、それから私の頭に大きな手を置いた。
　その日から、日曜の朝のねじ巻き［＃「ねじ巻き」に傍点］は私の役目になった。夏休みが終わって町を離れてからも、帰省するたびに私は真っ先に店の奥へ行き、鍵を回した。祖父はそれを、いつも帳場の椅子から黙って見ていた。

［＃３字下げ］三［＃「三」は中見出し］

　祖父が店を閉めると言い出したのは、七十を前にした春だった。細かな歯車を組むには、もう目がついていかないのだという。ルーペを二枚重ねても、ひげゼンマイの先が二重に見えるのだと、祖父は少し恥ずかしそうに言った。
　最後の営業日には、常連の客が何人も挨拶に来た。修理を頼まれていた腕時計はすべて持ち主に返され、壁の時計も一つ、また一つと引き取られていった。がらんとした壁には、時計の形に日焼けの跡だけが残った。
　柱時計だけは、誰にも譲らなかった。祖父はそれを丁寧に梱包し、遠く離れた私の家へ送ってよこした。添えられた手紙には、「五分進めたままにしておくこと」とだけ書かれていた。
　いま、あの柱時計は私の家の玄関に立っている。このあたりに港はなく、急いで船に乗る人もいない。それでも私は、祖父の言いつけどおり、針を五分進めたままにしている。朝、靴を履きながら振子の音を聞くと、坂の上の店の、機械油と真鍮の匂いがよみがえってくる。
　日曜の朝には、いまも右へ十六回、ねじを巻く。



底本：「坂の上の店」鴫浦書房
　　　1991（平成3）年3月20日初版発行
入力：架空入力者
校正：架空校正者
2024年6月1日作成
このファイルは、架空の電子図書館（https://bunko.example/）で作られました。入力、校正、制作にあたったのは、ボランティアの皆さんです。
"""


def write_text(path, text):
    with open(path, "wb") as f:
        f.write(text.encode("utf-8"))


def main(outdir=HERE):
    os.makedirs(outdir, exist_ok=True)
    build_pdf(os.path.join(outdir, PDF_NAME))
    build_docx(os.path.join(outdir, DOCX_NAME))
    write_text(os.path.join(outdir, HTML_NAME), HTML)
    write_text(os.path.join(outdir, MD_NAME), MARKDOWN)
    write_text(os.path.join(outdir, TXT_NAME), AOZORA)
    print("built in %s:" % outdir, PDF_NAME, DOCX_NAME, HTML_NAME, MD_NAME, TXT_NAME)


if __name__ == "__main__":
    import sys
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
