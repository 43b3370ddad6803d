#!/usr/bin/env python3
"""Generator for the blind-3 held-out evaluation set.

Run with the project venv (it has reportlab and python-docx):

    python eval/blind-3/build.py

Writes the five documents into eval/blind-3/ and the questions into
eval/blind-3.jsonl, then checks that every answer string occurs in
the text that was fed into each document (and, for the PDF, in the text
pdfium extracts from the built file, when pypdfium2 is available).

All content is invented for this evaluation set.  Reruns produce
byte-identical files (fixed dates, reportlab "invariant" mode, zip entries
of the .docx rewritten with a fixed timestamp).
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE
FIXED_DT = datetime.datetime(2025, 4, 1, 9, 0, 0)

# ---------------------------------------------------------------------------
# 1. city-notice.pdf  (municipal notice)
# ---------------------------------------------------------------------------
# Structure: list of (kind, payload).  kinds: title, meta, h, p, ol, table, note
CITY = [
    ("title", "粗大ごみの出し方のご案内"),
    ("meta", "みなと川市　環境部　清掃課　　令和7年4月1日発行"),
    ("p", "家庭から出る大型のごみ（粗大ごみ）は、ふだんの燃やすごみ・燃やさないごみの集積所には出せません。"
          "出す前に申し込みをして、手数料を納めていただく必要があります。"
          "令和7年4月から申し込みの締め切りが変わりましたので、内容をご確認のうえ、正しく出していただきますようお願いいたします。"),
    ("h", "1　粗大ごみとは"),
    ("p", "粗大ごみとは、家庭から出る不用品のうち、いずれかの辺の長さが30センチメートルを超えるものをいいます。"
          "ただし、傘や釣りざおなどの細長いものは、50センチメートル程度に切って束ねれば、燃やさないごみとして出すことができます。"
          "会社や店舗から出る大型のごみは、粗大ごみとして収集できません。"),
    ("h", "2　申し込みの方法"),
    ("p", "粗大ごみは、収集を希望する週の前の週の水曜日までに、粗大ごみ受付センターへ申し込んでください。"
          "これまでは前の週の金曜日まで受け付けていましたが、令和7年4月から締め切りを2日早めました。"),
    ("p", "受付センターの電話番号は0120-538-071です。"
          "電話の受付時間は、平日の午前8時30分から午後5時までです。"
          "インターネットでの申し込みは、市のホームページの「粗大ごみ受付システム」から24時間受け付けています。"),
    ("p", "1回の申し込みで出せるのは10点までです。"
          "年末年始（12月29日から1月3日まで）は、受付・収集ともにお休みです。"),
    ("h2", "申し込みから収集までの流れ"),
    ("ol", [
        "受付センターに電話するか、インターネットで申し込みます。",
        "受付番号、手数料の金額、収集日、出す場所をお知らせします。",
        "市内のコンビニやスーパーで、手数料分の「粗大ごみ処理券」を買います。",
        "処理券に受付番号と名前を書き、品物の見やすいところに貼ります。",
        "収集日の朝8時30分までに、決められた場所に出します。",
    ]),
    ("p", "処理券は200円券と400円券の2種類です。"
          "手数料の金額になるよう、組み合わせて貼ってください。"),
    ("h", "3　主な品目の手数料"),
    ("table", [
        ["品目", "手数料（1点あたり）"],
        ["布団・毛布", "200円"],
        ["椅子（1人用）", "400円"],
        ["自転車（子ども用を含む）", "600円"],
        ["マットレス", "800円"],
        ["食器棚・本棚", "1,000円"],
        ["ソファ（2人掛け以上）", "1,400円"],
        ["ベッド（マットレスを除く）", "1,800円"],
    ]),
    ("p", "表にない品目の手数料は、受付センターにお問い合わせください。"),
    ("h", "4　出すときの注意"),
    ("p", "粗大ごみは、収集日の朝8時30分までに、申し込みのときに決めた場所へ出してください。"
          "前の日の夕方より早く出すことはご遠慮ください。"
          "収集のときに立ち会う必要はありません。"
          "マンションなどの集合住宅では、出す場所を管理人の方と前もって相談してください。"),
    ("p", "ガラスのある家具は、割れて飛び散らないよう、ガラス面にガムテープを貼ってください。"
          "石油ストーブやファンヒーターは、灯油を必ず抜き取り、乾電池も外してから出してください。"
          "灯油が残っていると、収集車の中で火災が起きるおそれがあるためです。"),
    ("p", "申し込みをせずに出されたものや、処理券が貼られていないものは収集しません。"),
    ("h", "5　市で収集できないもの"),
    ("p", "エアコン、テレビ、冷蔵庫・冷凍庫、洗濯機・衣類乾燥機の4品目は、家電リサイクル法の対象となるため、市では収集できません。"
          "購入した販売店か、買い替えをする販売店に引き取りを頼んでください。"
          "パソコンは、メーカーによる回収の対象です。"
          "タイヤ、バッテリー、消火器、ピアノ、ブロックなど、処理の難しいものも収集できません。"),
    ("h", "6　清掃センターへの持ち込み"),
    ("p", "粗大ごみは、ご自分で清掃センターへ持ち込むこともできます。"
          "持ち込む場合も、前もって受付センターへの申し込みが必要です。"),
    ("p", "場所は、みなと川市清掃センター（潮見町4丁目2番地）です。"
          "受付は、月曜日から土曜日の午前9時から午後4時までです。"
          "日曜日と祝日は受け付けていません。"
          "持ち込みの手数料は、重さ10キロごとに200円です。"),
    ("h", "7　運び出しが難しい方へ（ふれあい収集）"),
    ("p", "65歳以上の方だけの世帯や、障害のある方だけの世帯で、粗大ごみを運び出すことが難しい場合は、"
          "「ふれあい収集」をご利用いただけます。"
          "市の職員が室内から運び出します。"
          "運び出しの費用はかかりませんが、粗大ごみの手数料は通常どおり必要です。"
          "ご利用には事前の登録が必要ですので、清掃課までご相談ください。"),
    ("h", "8　お問い合わせ"),
    ("p", "粗大ごみ受付センター　電話 0120-538-071（平日 午前8時30分～午後5時）"),
    ("p", "みなと川市 環境部 清掃課　電話 0463-21-5300（直通）"),
]


def city_text():
    out = []
    for kind, payload in CITY:
        if kind == "ol":
            out.extend(payload)
        elif kind == "table":
            out.extend("\t".join(r) for r in payload)
        else:
            out.append(payload)
    return "\n".join(out)


def build_pdf(path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (ListFlowable, ListItem, Paragraph,
                                    KeepTogether, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    GO, MIN = "HeiseiKakuGo-W5", "HeiseiMin-W3"

    st = {
        "title": ParagraphStyle("title", fontName=GO, fontSize=20, leading=28,
                                alignment=1, spaceAfter=4, wordWrap="CJK"),
        "meta": ParagraphStyle("meta", fontName=MIN, fontSize=10, leading=14,
                               alignment=2, spaceAfter=10, wordWrap="CJK"),
        "h": ParagraphStyle("h", fontName=GO, fontSize=13.5, leading=19,
                            spaceBefore=10, spaceAfter=4, wordWrap="CJK", keepWithNext=1,
                            textColor=colors.HexColor("#1f4e79")),
        "h2": ParagraphStyle("h2", fontName=GO, fontSize=11, leading=16,
                             spaceBefore=6, spaceAfter=2, wordWrap="CJK", keepWithNext=1),
        "p": ParagraphStyle("p", fontName=MIN, fontSize=10.5, leading=17,
                            firstLineIndent=10.5, spaceAfter=4, wordWrap="CJK"),
        "li": ParagraphStyle("li", fontName=MIN, fontSize=10.5, leading=16,
                             wordWrap="CJK"),
        "cell": ParagraphStyle("cell", fontName=MIN, fontSize=10.5, leading=14,
                               wordWrap="CJK"),
        "cellh": ParagraphStyle("cellh", fontName=GO, fontSize=10.5, leading=14,
                                wordWrap="CJK"),
    }
    story = []
    for kind, payload in CITY:
        if kind in ("title", "meta", "h", "h2", "p"):
            story.append(Paragraph(payload, st[kind]))
        elif kind == "ol":
            items = [ListItem(Paragraph(t, st["li"]), leftIndent=18)
                     for t in payload]
            story.append(ListFlowable(items, bulletType="1", bulletFormat="%s.",
                                      bulletFontName=GO, bulletFontSize=10.5,
                                      leftIndent=18, start=1))
            story.append(Spacer(1, 4))
        elif kind == "table":
            data = [[Paragraph(c, st["cellh" if i == 0 else "cell"]) for c in row]
                    for i, row in enumerate(payload)]
            t = Table(data, colWidths=[85 * mm, 50 * mm], hAlign="CENTER",
                      repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde8f3")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            head = [story.pop()] if CITY[CITY.index((kind, payload)) - 1][0] == "h" else []
            story.append(KeepTogether(head + [Spacer(1, 4), t, Spacer(1, 6)]))
    doc = SimpleDocTemplate(
        path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
        topMargin=20 * mm, bottomMargin=20 * mm,
        title="粗大ごみの出し方のご案内",
        author="みなと川市 環境部 清掃課",
        subject="粗大ごみの申し込み・手数料・出し方",
        creator="みなと川市", producer="ReportLab", invariant=1,
    )

    def footer(canvas, doc_):
        canvas.saveState()
        canvas.setFont(MIN, 9)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, "- %d -" % doc_.page)
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------
# 2. product-spec.docx  (appliance product guide)
# ---------------------------------------------------------------------------
# kinds: title, h1, h2, p, ul, table
PRODUCT = [
    ("title", "空気清浄機 AP-520 製品ガイド"),
    ("p", "株式会社アオバ電機　2025年4月版"),
    ("h1", "1. 製品の概要"),
    ("p", "AP-520は、リビングや寝室などで使える、床置き型の空気清浄機です。"
          "本体の前面と左右の3方向から空気を吸い込み、上部の吹き出し口からきれいな空気を送り出します。"
          "ほこりや花粉、ペットの毛を捕らえる集じんフィルターと、においを吸着する脱臭フィルターの2層構造を採用しています。"),
    ("h2", "主な特長"),
    ("ul", [
        "0.3マイクロメートルの微粒子を99.97%以上取り除く集じんフィルター",
        "ホコリとニオイの2つのセンサーで汚れを検知し、風量を自動で切り替え",
        "「おやすみ」モードでは運転音を約19デシベルに抑制",
        "専用アプリ「アオバ ホーム」で外出先から操作可能",
        "集じんフィルター・脱臭フィルターは約10年間交換不要",
    ]),
    ("h1", "2. 仕様"),
    ("table", [
        ["項目", "内容"],
        ["型番", "AP-520"],
        ["適用床面積", "約32畳（約53平方メートル）"],
        ["8畳の部屋を清浄する時間", "約9分"],
        ["外形寸法", "幅380×奥行き220×高さ620ミリ"],
        ["質量", "約6.8キログラム"],
        ["定格消費電力", "5～48ワット"],
        ["運転音", "19～52デシベル"],
        ["電源", "AC100V 50/60Hz"],
        ["電源コードの長さ", "約1.8メートル"],
        ["集じんフィルター", "型番 APF-52H"],
        ["脱臭フィルター", "型番 APF-52D"],
        ["無線LAN", "IEEE 802.11 b/g/n（2.4GHz帯）"],
    ]),
    ("h1", "3. 使い方"),
    ("h2", "3.1 設置のしかた"),
    ("p", "本体は、壁や家具から左右と背面をそれぞれ30センチメートル以上離して設置してください。"
          "吸い込み口がふさがれると空気の流れが悪くなり、清浄能力が低下します。"
          "直射日光の当たる場所や、エアコンの風が直接当たる場所では、センサーが正しく働かないことがあるため、設置を避けてください。"),
    ("h2", "3.2 運転モード"),
    ("p", "運転モードは「自動」「おやすみ」「花粉」「ターボ」の4種類です。"
          "「自動」モードでは、センサーが検知した汚れの度合いに合わせて、風量を5段階で切り替えます。"
          "「おやすみ」モードでは、表示ランプが暗くなり、静かな風量で運転します。"
          "「花粉」モードでは、人の出入りで舞い上がった花粉を素早く捕らえるため、強い風と弱い風を一定の間隔で繰り返します。"
          "「ターボ」モードは最大風量で運転し、30分たつと自動で「自動」モードに戻ります。"),
    ("p", "お子さまのいたずらを防ぐため、チャイルドロック機能を備えています。"
          "「モード」ボタンを3秒間長押しすると、すべてのボタン操作を受け付けなくなります。"
          "解除するときも、同じボタンを3秒間長押ししてください。"),
    ("h2", "3.3 スマートフォンとの接続"),
    ("p", "専用アプリ「アオバ ホーム」をスマートフォンにインストールし、アプリの画面の案内に従って本体を登録してください。"
          "接続できる無線LANは2.4GHz帯のみで、5GHz帯には対応していません。"
          "アプリでは、外出先からの運転の入・切、運転モードの切り替え、フィルターの汚れ具合の確認ができます。"),
    ("h1", "4. お手入れ"),
    ("h2", "4.1 プレフィルター"),
    ("p", "本体背面のプレフィルターは、2週間に1回を目安に、掃除機でほこりを吸い取ってください。"
          "汚れがひどいときは水洗いし、日陰で十分に乾かしてから取り付けてください。"),
    ("h2", "4.2 集じんフィルター・脱臭フィルター"),
    ("p", "集じんフィルターと脱臭フィルターは水洗いできません。"
          "交換の目安は約10年ですが、たばこを吸うご家庭や、キッチンの近くでお使いの場合は、これより早くなることがあります。"
          "交換用のフィルターは、お買い上げの販売店またはアオバ電機の公式オンラインストアでお求めいただけます。"),
    ("h2", "4.3 センサー"),
    ("p", "ホコリセンサーの窓は、3か月に1回を目安に、乾いた綿棒で汚れを拭き取ってください。"
          "センサーの窓が汚れていると、空気がきれいでも風量が下がらないことがあります。"),
    ("h1", "5. 困ったときは"),
    ("p", "運転中に「フィルター」ランプが点滅するのは、プレフィルターのお手入れの時期をお知らせしているためです。"
          "お手入れのあと、「フィルター」ボタンを5秒間押すとランプが消えます。"),
    ("p", "においが気になるときは、窓を開けて換気をしたうえで、「ターボ」モードで運転すると効果的です。"
          "アプリとつながらないときは、ルーターの2.4GHz帯の電波が有効になっているかを確認してください。"),
    ("h1", "6. 保証とアフターサービス"),
    ("p", "本製品の保証期間は、お買い上げ日から1年間です。"
          "ただし、ファンを回すモーターについては、保証期間を3年間としています。"
          "保証書は、販売店名とお買い上げ日が記入されていることをお確かめのうえ、大切に保管してください。"),
    ("p", "補修用性能部品の保有期間は、製造打ち切り後6年です。"
          "修理のご相談は、アオバ電機お客様相談室（電話 0120-771-520、受付時間 午前9時～午後6時、年末年始を除く）までお問い合わせください。"),
]


def product_text():
    out = []
    for kind, payload in PRODUCT:
        if kind == "ul":
            out.extend(payload)
        elif kind == "table":
            out.extend("\t".join(r) for r in payload)
        else:
            out.append(payload)
    return "\n".join(out)


def build_docx(path):
    import docx
    from docx.shared import Pt
    from docx.oxml.ns import qn

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Yu Mincho"
    normal.font.size = Pt(10.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "游明朝")
    for kind, payload in PRODUCT:
        if kind == "title":
            d.add_heading(payload, level=0)
        elif kind == "h1":
            d.add_heading(payload, level=1)
        elif kind == "h2":
            d.add_heading(payload, level=2)
        elif kind == "p":
            d.add_paragraph(payload)
        elif kind == "ul":
            for item in payload:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = cell
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            # mark the first row as a repeating header row
            trPr = t.rows[0]._tr.get_or_add_trPr()
            el = trPr.makeelement(qn("w:tblHeader"), {})
            el.set(qn("w:val"), "true")
            trPr.append(el)
    cp = d.core_properties
    cp.title = "空気清浄機 AP-520 製品ガイド"
    cp.author = "株式会社アオバ電機"
    cp.last_modified_by = "株式会社アオバ電機"
    cp.subject = "AP-520 製品ガイド・仕様"
    cp.keywords = "空気清浄機, AP-520"
    cp.comments = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed entry timestamps for reproducible output
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------------------
# 3. news-article.html  (news site page with boilerplate)
# ---------------------------------------------------------------------------
NEWS_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>自動運転バス、旧市街で実証運行へ　10月6日から無料で｜みなと川日報</title>
<meta name="description" content="みなと川市は、旧市街で自動運転の小型バスを走らせる実証運行を10月6日から始めると発表した。">
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
<header class="site-header">
  <div class="logo"><a href="/">みなと川日報</a></div>
  <form class="search" action="/search" method="get">
    <input type="search" name="q" placeholder="記事を検索">
    <button type="submit">検索</button>
  </form>
  <div class="account"><a href="/login">ログイン</a>｜<a href="/subscribe">有料会員登録</a></div>
</header>
<nav class="global-nav">
  <ul>
    <li><a href="/">ホーム</a></li>
    <li><a href="/local/">地域</a></li>
    <li><a href="/politics/">政治</a></li>
    <li><a href="/economy/">経済</a></li>
    <li><a href="/life/">暮らし</a></li>
    <li><a href="/sports/">スポーツ</a></li>
    <li><a href="/culture/">文化</a></li>
    <li><a href="/obituaries/">おくやみ</a></li>
  </ul>
</nav>
<main>
<div class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/local/">地域</a> &gt; 交通</div>
<article>
  <h1>自動運転バス、旧市街で実証運行へ　10月6日から無料で</h1>
  <p class="byline"><time datetime="2025-09-18T08:00">2025年9月18日 8:00</time>　報道部　佐伯美奈</p>
  <p class="lead">みなと川市は17日、市の中心部にある旧市街で、自動運転の小型バスを走らせる実証運行を10月6日から始めると発表した。運行期間は12月26日までの約3か月間で、誰でも無料で乗ることができる。運転手不足で路線バスの減便が続くなか、市は将来の本格導入に向けて、安全性や住民の需要を確かめる。</p>

  <h2>駅前と港公園を結ぶ4.2キロ</h2>
  <p>ルートは、JRみなと川駅前を出発し、市役所、旧市街の商店街、市立病院を経由して港公園に至る片道約4.2キロ。停留所は9か所に設ける。運行は平日のみで、午前8時から午後6時までの間に1日12便を走らせる。大雨や強風のときは運休することがある。</p>
  <p>車両は定員15人（うち座席11席）の電気自動車で、最高速度は時速20キロに抑える。車体の前後左右には、周囲の歩行者や車を検知するセンサーとカメラを計8台取り付けた。市はバスの現在地を地図上に表示する専用のウェブページを開設し、停留所で待つ利用者が到着の目安を確かめられるようにする。</p>

  <h2>運転席に乗員、緊急時は手動で</h2>
  <p>実証運行では、運転席に市が委託した運行事業者のオペレーターが必ず乗る。道路脇に止まっている車をよける場合や、緊急時には、オペレーターが手動運転に切り替える。運行事業者は、9月中に延べ200回の試験走行を行い、停留所での発車や停車の手順を確認するという。</p>
  <p>8月に開いた住民説明会では、「自動運転で本当に安全なのか」「子どもが急に飛び出したら止まれるのか」といった質問が相次いだ。市は、センサーが歩行者を検知すると自動でブレーキがかかる仕組みを説明し、試験走行の様子を撮影した動画を市のホームページで公開している。</p>

  <h2>運転手不足が背景に</h2>
  <p>市内では、運転手不足などを理由に、路線バスの運行本数が2019年と比べて約3割減っている。坂道の多い旧市街は高齢者の割合が高く、買い物や通院の足をどう確保するかが課題になっていた。市が昨年、旧市街の住民約1,200人を対象に行った調査では、6割近くが「バスの本数が少なくて不便」と答えた。</p>
  <p>実証運行にかかる費用は約8,600万円で、このうち約3分の2を国の補助金でまかなう。</p>

  <h2>県内では北浜町が先行</h2>
  <p>県内では2023年、隣の北浜町が観光地を巡るルートで約1か月間の実証運行を行った。期間中に延べ約4,000人が乗車した一方、落ち葉や雨でセンサーが反応し、手動での運転に切り替える場面が1日平均5回ほどあったという。みなと川市の担当者は「北浜町の結果も参考にしながら、冬場の天候への対応も確かめたい」と話す。</p>

  <h2>「まずは乗って、意見を」</h2>
  <p>谷口浩一市長は17日の記者会見で「まずは多くの市民に乗っていただき、率直な意見を聞かせてほしい」と話した。市は乗客へのアンケートや走行データをもとに、2027年度以降の本格運行の可否を判断する。</p>
  <p>商店街で青果店を営む女性（68）は「坂の上まで重い荷物を持って歩くのは大変。バスが増えるのはありがたい」と期待を寄せる。一方、道幅の狭い商店街では、荷物を積み降ろしするトラックが一時的に止まることも多い。運行事業者の担当者は「路上の駐車車両が最大の課題になる」と話している。</p>
  <p>運行開始に先立ち、10月4日には市役所前の広場で出発式と試乗会を開く。試乗会は先着100人で、当日の午前10時から受け付ける。</p>

  <div class="share">この記事をシェア：<a href="#">X</a>　<a href="#">Facebook</a>　<a href="#">LINE</a></div>
</article>
<aside class="ranking">
  <h2>よく読まれている記事</h2>
  <ol>
    <li><a href="/local/20250915-01.html">港まつり、3年ぶりに花火大会を復活　来場者は約5万人</a></li>
    <li><a href="/life/20250914-02.html">市立図書館、11月から開館時間を午後8時まで延長</a></li>
    <li><a href="/economy/20250912-03.html">老舗かまぼこ店が新工場　雇用30人を予定</a></li>
  </ol>
</aside>
</main>
<footer class="site-footer">
  <section class="related">
    <h2>関連記事</h2>
    <ul>
      <li><a href="/local/20250830-04.html">市内路線バス、来春さらに減便へ　運転手の確保が難航</a></li>
      <li><a href="/local/20250702-01.html">みなと川駅前の再開発、2026年に着工</a></li>
      <li><a href="/local/20250411-02.html">坂のまちの買い物支援、移動販売車が好評</a></li>
    </ul>
  </section>
  <ul class="footer-links">
    <li><a href="/company/">会社案内</a></li>
    <li><a href="/privacy/">個人情報の取り扱い</a></li>
    <li><a href="/terms/">利用規約</a></li>
    <li><a href="/ads/">広告掲載のご案内</a></li>
    <li><a href="/contact/">お問い合わせ</a></li>
  </ul>
  <p class="copyright">© 2025 みなと川日報社　記事・写真の無断転載を禁じます。すべての内容は日本の著作権法並びに国際条約により保護されています。</p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 4. short-story.txt  (Aozora Bunko style, UTF-8, CRLF line endings)
# ---------------------------------------------------------------------------
STORY = """真夜中の柱時計
水無瀬灯

-------------------------------------------------------
【テキスト中に現れる記号について】

《》：ルビ
（例）柱時計《はしらどけい》

｜：ルビの付く文字列の始まりを特定する記号
（例）｜三枝時計店《さえぐさとけいてん》

［＃］：入力者注　主に外字の説明や、傍点の位置の指定
（例）止まっている［＃「止まっている」に傍点］
-------------------------------------------------------

　その夏、私は汐見町《しおみちょう》の祖父の家に預けられた。小学五年生の七月の終わりのことで、母が入院することになったからだ。
　祖父の家は、港へ下りる坂の途中にある小さな時計屋だった。｜三枝時計店《さえぐさとけいてん》と金色の文字が書かれた硝子戸《ガラスど》を開けると、壁という壁に掛け時計が並んでいて、いっせいに秒を刻む音が雨のように降ってきた。
　けれども、店の奥に一つだけ、音を立てない時計があった。私の背丈よりも高い、焦げ茶色の｜柱時計《はしらどけい》である。文字盤の針は、三時十七分を指したまま止まっていた。
「おじいちゃん、あの時計、壊れてるの？」
　着いた日の夕方、私が訊《き》くと、祖父は修理中の腕時計から目を離さずに答えた。
「壊れてはいないよ。あれは止まっている［＃「止まっている」に傍点］んだ」
「同じことでしょう」
「同じじゃない」
　祖父はそれきり黙ってしまった。

　祖父の家には、コハクという名前の年寄りの三毛猫がいた。コハクは昼間のほとんどを、あの柱時計の足もとで丸くなって過ごした。店の時計がどれほど鳴っても目を覚まさないのに、夕方の五時に祖父が店のシャッターを下ろすと、きまって顔を上げ、動かない文字盤をじっと見上げるのだった。
　私は祖父に教わりながら、店の時計のねじを巻く手伝いをした。ねじを巻くのは、毎週月曜日の朝と決まっていた。
「この店の時計は、ほとんどが八日巻きだ。一週間に一度巻けば、一日分の余裕がある」と祖父は言った。「余裕があるから、人は巻き忘れる。だから曜日を決めておくんだよ」
　八月に入って、私は店の帳場の引き出しの奥で、小さな鍵を見つけた。真鍮《しんちゅう》でできた、蝶の羽のような形のねじ巻き鍵だった。ほかの時計の鍵とは形が違っていて、あの柱時計の文字盤の穴にぴったり合いそうに見えた。私は誰にも言わずに、その鍵を自分の筆箱にしまった。

　お盆の前の晩、台風が近づいて、町じゅうの雨戸がかたかたと鳴った。眠れずに階段を下りると、店の暗がりの中で、コハクが柱時計を見上げて小さく鳴いていた。
　私は椅子に乗って、鍵を文字盤の穴に差し込み、そっと回した。ぎり、ぎり、と固い手ごたえがあった。ガラスの扉を開けて振り子を指で押すと、振り子はゆっくりと揺れはじめた。
　こち、こち、こち。
　ほかの時計の音にまじって、低く、落ち着いた音が店の中に広がっていった。

　翌朝、祖父は柱時計の前に立っていた。私は叱られると思って、戸口で身を縮めた。
　けれど祖父は振り向くと、「お前が巻いたのか」と静かに訊いた。私がうなずくと、祖父は長いあいだ黙って文字盤を見つめていた。
「この時計はな、おばあちゃんが嫁に来るときに持ってきたものなんだ」
　祖父はそう言って話しはじめた。祖母は毎朝この時計の音で目を覚まし、店を開ける前に、必ず文字盤の埃《ほこり》を払っていたという。
「五年前の春、おばあちゃんが病院で息を引き取ったのが、夜中の三時十七分だった。家に帰って、わしは自分の手で振り子を止めた。時計が動いているかぎり、あの人のいない時間がどんどん進んでしまう気がしてな」
　祖父は少し笑った。
「でも、止めておいたって、時間は進む［＃「時間は進む」に傍点］んだな。お前がこんなに大きくなった」
　その日の昼、祖父は柱時計を一度ばらして油を差し、針を正しい時刻に合わせた。コハクはもう文字盤を見上げなかった。その代わりに、振り子の影が揺れる床の上で、気持ちよさそうに昼寝をするようになった。

　八月の終わりに母の退院が決まって、私は家に帰ることになった。
　駅へ向かう朝、祖父は柱時計のねじ巻き鍵を私の手のひらにのせた。
「これはお前が持っていなさい。来年の夏、またあの時計を巻きに来ればいい」
　列車が動きだしても、私は鍵を握ったままでいた。手のひらの中で、鍵はいつまでも温かかった。
　あれから三十年がたつ。三枝時計店はもうないけれど、あの柱時計は今、私の家の居間で時を刻んでいる。毎週月曜日の朝、私はあの鍵でねじを巻く。



底本：「汐見町短篇集」架空堂書房
　　　2019（平成31）年3月10日初版第1刷発行
初出：「月刊みずうみ」架空堂書房
　　　2016（平成28）年8月号
入力：波多野ゆき
校正：小野寺澄
2024年6月1日作成
※この作品は評価用に創作した架空の作品で、底本・初出・入力者・校正者の記載も架空のものです。
"""

# ---------------------------------------------------------------------------
# 5. lab-report.md  (Markdown technical report)
# ---------------------------------------------------------------------------
LAB_MD = """---
title: PLAフィラメントの乾燥条件と造形品質の評価
date: 2024-11-18
author: 試作開発グループ 岡部
tags: [3Dプリンタ, PLA, 乾燥]
---

# PLAフィラメントの乾燥条件と造形品質の評価

## 概要

開封後に室内で保管して湿気を吸ったPLAフィラメントを、4つの条件で乾燥させ、含水率・糸引き・引張強度を比べた。
その結果、**55℃で4時間**の乾燥で糸引きはほぼなくなり、それより長く乾燥させても品質はよくならなかった。
また、乾燥後に乾燥剤を入れた密閉容器で保管すれば、1週間は効果が続くことが分かった。

## 背景

試作室では、開封したフィラメントを棚に置いたまま使うことが多い。
梅雨の時期を中心に、糸引きや表面の荒れについての相談が月に5件ほど寄せられていた。
PLAは吸湿しにくい材料だといわれることが多いが、湿気を含んだフィラメントでは、ノズルの中で水分が気化して、造形物の表面に小さな泡や糸引きが生じる。
そこで、どの程度の乾燥で品質が回復するのかを確かめるため、本試験を行った。

## 方法

### 試料

同じロットの白色PLAフィラメント（直径1.75mm）を使った。
開封後、室温25℃・湿度70%の部屋に14日間置いたものを「吸湿品」とした。

### 乾燥条件

吸湿品を、次の4つの条件で処理した。

- 条件A：乾燥なし（吸湿品をそのまま使用）
- 条件B：45℃で4時間乾燥
- 条件C：55℃で4時間乾燥
- 条件D：55℃で8時間乾燥

乾燥には市販のフィラメントドライヤーを使い、乾燥が終わったらすぐに造形した。
造形の設定はすべての条件で同じとし、ノズル温度は `nozzle_temp = 205`、ベッド温度は `bed_temp = 60`、積層ピッチは0.2mmとした。
スライサーの設定ファイルは `profiles/pla_white_0.2.ini` に保存してある。

### 評価項目

1. **含水率**：乾燥の前後で重さを量り、その差から求めた。
2. **糸引き**：2本の塔を並べた[糸引き評価用モデル](http://example.com/stringing-test)を造形し、塔の間にできた糸の本数を数えた。
3. **引張強度**：[ダンベル形の試験片](http://example.com/specimen)を条件ごとに5本造形し、引張試験の平均値を求めた。

## 結果

各条件の結果を次の表に示す。

| 条件 | 乾燥 | 含水率 | 糸引き | 引張強度 | 外観 |
|------|------|--------|--------|----------|------|
| A | なし | 0.42% | 17本 | 48.1 MPa | 表面に細かい泡が多い |
| B | 45℃・4時間 | 0.28% | 9本 | 52.6 MPa | 糸引きがやや残る |
| C | 55℃・4時間 | 0.12% | 1本 | 56.3 MPa | 糸引きほぼなし、光沢あり |
| D | 55℃・8時間 | 0.10% | 1本 | 56.0 MPa | 条件Cとほぼ同じ |

乾燥なしの条件Aでは、造形物の表面がざらつき、塔の間に細い糸が多く残った。
条件Cと条件Dの間には、含水率・糸引き・引張強度のいずれにも大きな差はなかった。

## 考察

45℃では、フィラメントの内部まで熱が十分に伝わらず、水分が抜けきらなかったと考えられる。
55℃で8時間乾燥させても、4時間の場合と比べて含水率はほとんど変わらず、引張強度はわずかに下がった。
乾燥時間を延ばしても効果は小さく、電気代と待ち時間が増えるだけである。

なお、PLAのガラス転移温度は約60℃なので、これより温度を上げると、リールに巻かれたフィラメント同士がくっつくおそれがある。
乾燥温度は55℃を上限とするのが安全である。

今回使ったフィラメントドライヤーの消費電力は約50Wで、4時間の乾燥にかかる電気代は1回あたり数円にとどまる。
糸引きによる失敗で造形をやり直す手間や材料のむだを考えると、使う前に乾燥させる手間をかける価値は十分にある。

乾燥後のフィラメントを乾燥剤入りの密閉容器で保管したところ、7日後も含水率は0.15%以下に保たれた。
一方、乾燥後に棚に置いたままにしたものは、3日後には含水率が0.25%まで戻った。

### 本試験の限界

本試験は、1つのロット・1つの色のフィラメントだけを対象にしている。
顔料の種類や量によって吸湿のしやすさが変わる可能性があるため、結果をほかの製品にそのまま当てはめるときは注意が必要である。
また、試験は2024年10月7日から10月25日までの秋の時期に行ったため、真夏や冬の室内環境での変化は確かめていない。

## まとめ

- 吸湿したPLAは、55℃で4時間乾燥させれば品質がほぼ回復する
- 乾燥時間を8時間に延ばしても、品質はよくならない
- 乾燥後は、乾燥剤を入れた密閉容器で保管する
- 梅雨の時期は、造形の前に毎回乾燥させることを勧める

今後は、白以外の色のフィラメントでも同じ傾向がみられるかを確かめる予定である。
試験の生データは[社内共有フォルダ](http://example.com/data/pla-drying-2024)に置いてある。
"""

# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------
# (doc, lang, kind, question, answers)   doc=None for unanswerable
Q = [
    # --- city-notice.pdf ---
    ("city", "ja", "table", "2人掛けのソファを粗大ごみで出したい。手数料いくら？", ["1,400円"]),
    ("city", "ja", "list", "処理券って買ったあとどうすればいいの？", ["受付番号と名前を書き"]),
    ("city", "ja", "why", "石油ストーブを出すとき灯油を抜かなきゃいけないのはなぜ？", ["収集車の中で火災が起きる"]),
    ("city", "ja", "paraphrase", "一人暮らしの母が高齢で大きな家具を外に出せません。家の中から運び出してもらうことはできますか。", ["市の職員が室内から運び出します", "ふれあい収集"]),
    ("city", "en", "fact", "Can I drop off bulky waste at the cleaning center myself on a Sunday?", ["日曜日と祝日は受け付けていません"]),
    ("city", "ja", "fact", "粗大ごみの申し込みの締め切りっていつまでだっけ？", ["前の週の水曜日までに"]),
    # --- product-spec.docx ---
    ("product", "ja", "table", "AP-520の重さはどのくらいですか？", ["約6.8キログラム"]),
    ("product", "ja", "howto", "子どもが勝手にボタンを押さないようにする方法ある？", ["ボタンを3秒間長押し"]),
    ("product", "ja", "why", "空気清浄機を壁にぴったりくっつけて置いたらダメな理由は？", ["清浄能力が低下します"]),
    ("product", "en", "fact", "Does the AP-520 air purifier work with a 5 GHz Wi-Fi network?", ["5GHz帯には対応していません"]),
    ("product", "ja", "paraphrase", "買って2年でファンのモーターが故障した。まだ保証きく？", ["保証期間を3年間としています"]),
    ("product", "ja", "list", "AP-520の集じんフィルターって何年くらいで交換しなきゃいけない？", ["約10年間交換不要", "交換の目安は約10年"]),
    ("product", "ja", "howto", "背面のプレフィルターはどれくらいの頻度で、どうやって掃除すればいい？", ["2週間に1回を目安に"]),
    # --- news-article.html ---
    ("news", "ja", "fact", "みなと川市の自動運転バスの実証運行、いつから始まるの？", ["10月6日から始める"]),
    ("news", "ja", "fact", "実証運行の費用は総額でいくらかかるんですか。", ["約8,600万円"]),
    ("news", "ja", "paraphrase", "自動運転バスには何人まで乗れる？", ["定員15人"]),
    ("news", "ja", "section", "「運転手不足が背景に」の部分によると、市内の路線バスはどれくらい減ってる？", ["約3割減っている"]),
    ("news", "en", "howto", "How can people waiting at a stop see where the self-driving bus currently is?", ["バスの現在地を地図上に表示する"]),
    ("news", "ja", "paraphrase", "路駐の車がいたら、自動運転バスはどうやってよけるの？", ["手動運転に切り替える"]),
    # --- short-story.txt ---
    ("story", "ja", "story", "「真夜中の柱時計」で、店の奥の柱時計は何時で止まってた？", ["三時十七分を指したまま"]),
    ("story", "ja", "why", "おじいさんが柱時計の振り子を止めたのはどうして？", ["あの人のいない時間がどんどん進んでしまう"]),
    ("story", "ja", "story", "祖父の家で飼われていた猫について教えて。", ["コハクという名前の年寄りの三毛猫"]),
    ("story", "ja", "story", "主人公は柱時計の鍵をどこで見つけたんだっけ？", ["店の帳場の引き出しの奥で"]),
    ("story", "ja", "fact", "時計屋では、ねじを巻く日は何曜日と決まっていましたか。", ["毎週月曜日の朝と決まっていた"]),
    ("story", "en", "story", "In the Japanese story, what does the grandfather give the narrator on the morning she goes to the station?", ["柱時計のねじ巻き鍵を私の手のひらにのせた"]),
    # --- lab-report.md ---
    ("lab", "ja", "table", "45℃で4時間乾かしたフィラメントの仕上がりはどうだった？", ["糸引きがやや残る"]),
    ("lab", "ja", "why", "フィラメントの乾燥温度を60℃以上にしないほうがいいのはなぜ？", ["フィラメント同士がくっつくおそれ"]),
    ("lab", "ja", "list", "レポートのまとめでは、乾燥させたあとの保管についてどう勧めている？", ["乾燥剤を入れた密閉容器で保管する"]),
    ("lab", "ja", "section", "このレポートの背景には、どんな困りごとが書かれていますか。", ["糸引きや表面の荒れについての相談"]),
    ("lab", "en", "fact", "What nozzle temperature was used for the test prints in the PLA drying report?", ["nozzle_temp = 205"]),
    # --- unanswerable (near misses) ---
    ("city", "ja", "unanswerable", "粗大ごみ処理券を買いすぎちゃった。使わなかった分は払い戻してもらえる？", None),
    ("product", "ja", "unanswerable", "交換用の集じんフィルターAPF-52Hって一つおいくらですか？", None),
    ("news", "ja", "unanswerable", "自動運転バスの車両って、どこのメーカーが作ってるの？", None),
    ("news", "ja", "unanswerable", "実証運行のバスって車いすのままでも乗れる？", None),
    ("story", "ja", "unanswerable", "三枝時計店が店をたたんだのは何年のこと？", None),
    ("lab", "ja", "unanswerable", "この乾燥試験で使った3Dプリンタの機種名は何ですか。", None),
]

DOC_FILES = {
    "city": "city-notice.pdf",
    "product": "product-spec.docx",
    "news": "news-article.html",
    "story": "short-story.txt",
    "lab": "lab-report.md",
}


def html_visible_text(html):
    """Text of <main><article> only (what a reader would call the article)."""
    m = re.search(r"<article>(.*?)</article>", html, re.S)
    body = m.group(1)
    body = re.sub(r"<[^>]+>", "", body)
    return body.replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")


def source_texts():
    return {
        "city": city_text(),
        "product": product_text(),
        "news": html_visible_text(NEWS_HTML),
        "story": STORY,
        "lab": LAB_MD,
    }


def pdf_extracted_text(path):
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return None
    pdf = pdfium.PdfDocument(path)
    parts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    return "\n".join(parts)


def check(texts):
    problems = []
    for n, (doc, lang, kind, q, answers) in enumerate(Q, 1):
        if answers is None:
            continue
        src = texts[doc]
        for a in answers:
            if a not in src:
                problems.append("%03d %s: %r not in source" % (n, doc, a))
            if doc == "story" and re.search(r"[｜《》［］]", a):
                problems.append("%03d: ruby/annotation markup in answer %r" % (n, a))
            if not (5 <= len(a) <= 25):
                problems.append("%03d: answer length %d %r" % (n, len(a), a))
            if "\n" in a or "\t" in a:
                problems.append("%03d: answer spans a line/cell %r" % (n, a))
    return problems


def main():
    os.makedirs(DOCS, exist_ok=True)
    pdf_path = os.path.join(DOCS, DOC_FILES["city"])
    build_pdf(pdf_path)
    build_docx(os.path.join(DOCS, DOC_FILES["product"]))
    with open(os.path.join(DOCS, DOC_FILES["news"]), "w", encoding="utf-8", newline="\n") as f:
        f.write(NEWS_HTML)
    with open(os.path.join(DOCS, DOC_FILES["story"]), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(STORY)
    with open(os.path.join(DOCS, DOC_FILES["lab"]), "w", encoding="utf-8", newline="\n") as f:
        f.write(LAB_MD)

    with open(os.path.join(HERE, "..", "blind-3.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for n, (doc, lang, kind, q, answers) in enumerate(Q, 1):
            rec = {
                "id": "b3-%03d" % n,
                "question": q,
                "lang": lang,
                "kind": kind,
                "answers": answers or [],
                "unanswerable": answers is None,
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    texts = source_texts()
    problems = check(texts)
    extracted = pdf_extracted_text(pdf_path)
    if extracted is not None:
        for n, (doc, lang, kind, q, answers) in enumerate(Q, 1):
            if doc == "city" and answers:
                for a in answers:
                    if a not in extracted:
                        problems.append("%03d: %r not contiguous in pdfium text of the PDF" % (n, a))
    for p in problems:
        print("PROBLEM", p)
    print("questions: %d, answerable: %d" % (len(Q), sum(1 for x in Q if x[4])))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
