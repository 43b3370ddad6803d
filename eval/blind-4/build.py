#!/usr/bin/env python3
"""Generator for the blind-4 evaluation set.

Run with the project's virtualenv (python-docx, reportlab):

    python eval/blind-4/build.py

Writes five invented Japanese documents into docs/ and the question file
eval/blind-4.jsonl beside this folder.  Reruns give byte-identical files:
fixed dates and metadata, reportlab invariant mode, fixed zip timestamps
for the .docx.
"""
import io
import json
import os
import zipfile
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE

FIXED_DT = datetime.datetime(2025, 5, 15, 9, 0, 0)


# ---------------------------------------------------------------------------
# 1. meeting-minutes.docx  (議事録, python-docx)
# ---------------------------------------------------------------------------

MINUTES_TITLE = "第14回 商品開発会議 議事録"

MINUTES_HEAD = [
    "株式会社みどり野フーズ 商品開発部",
    "日時：2025年5月14日（水）14:00〜15:40",
    "場所：本社3階 第2会議室（オンライン併用）",
    "出席者：田村（部長）、佐伯、井口、森下、黒川（営業部）、長谷（品質保証部）",
    "欠席者：小野寺（出張のため）",
    "書記：森下",
]

# (level, text) headings and ("p", text) paragraphs, in order
MINUTES_BODY = [
    (1, "1. 前回議事録の確認"),
    ("p", "前回（4月9日）の議事録について、記載内容に誤りがないことを出席者全員で確認した。"
          "前回の宿題となっていた原材料の価格調査は、井口より資料が配布された。"
          "内容の報告は議題2の中で行うこととした。"),
    (1, "2. 秋季新商品「黒豆きなこ大福」の試作結果"),
    (2, "2.1 試作品の評価"),
    ("p", "佐伯より、第3次試作品の社内試食会の結果が報告された。"
          "試食会には社員42名が参加し、「また食べたい」と答えた人の割合は78％で、目標の70％を上回った。"
          "一方で、「皮が硬い」という意見が11件寄せられた。"),
    ("p", "皮の硬さは、冷蔵庫で保存したときに、もち粉の配合が少ないと出やすい。"
          "佐伯からは、もち粉の比率を現行の60％から65％に上げる案が示された。"
          "長谷からは、配合を変える場合は日持ちへの影響も確認してほしいとの要望があった。"),
    (2, "2.2 原価と販売価格"),
    ("p", "井口より、丹波産黒豆の仕入れ価格が前年より約12％上がっていると報告があった。"
          "このままでは1個あたりの原価が目標を8円上回る。"
          "黒川からは、店頭価格が1個税込216円を超えると売れ行きが大きく落ちるという過去の販売データが紹介された。"),
    ("p", "【決定事項】販売価格は1個税込216円に据え置く。"
          "黒豆は丹波産と北海道産を半分ずつ使うブレンドに切り替え、原価を目標内に収める。"),
    (2, "2.3 発売までの日程"),
    ("p", "黒川より、量販店の秋の棚替えに合わせ、発売日を9月第1週とする案が示された。"
          "そのためには、7月末までに配合と包装を確定し、8月中旬に量産試作を行う必要がある。"
          "初回の生産数は、昨年の「栗きんとん大福」の実績をもとに1万2千個とすることで合意した。"),
    ("p", "田村部長からは、試作の回数が増えると日程に余裕がなくなるため、第4次試作で配合を決めきるよう指示があった。"),
    (1, "3. パッケージの変更について"),
    ("p", "森下より、現行の個包装フィルムを、バイオマス素材を30％含むフィルムに変更する案が説明された。"
          "資材コストは1枚あたり0.8円上がるが、環境に配慮した商品として量販店からの評価が高まると見込まれる。"),
    ("p", "長谷からは、新しいフィルムは酸素を通しやすいため、賞味期限を現行の5日から4日に短くする必要があるとの指摘があった。"
          "賞味期限が短くなると、量販店への納品回数を増やさなければならない。"),
    ("p", "【決定事項】新フィルムへの切り替えは今回は見送る。"
          "賞味期限の検証試験が終わる7月以降に、改めて判断する。"),
    (1, "4. 展示会への出展"),
    ("p", "黒川より、9月に大阪で開かれる「関西和菓子フェア2025」への出展について提案があった。"
          "出展料は1小間あたり18万円で、昨年の来場者数は約1万2千人だった。"
          "昨年は競合他社3社が出展しており、商談につながった例も多いという。"),
    ("p", "【決定事項】1小間で出展する。"
          "試食用の大福は600個を用意し、ブースの運営には営業部と開発部から2名ずつを出す。"),
    (1, "5. その他"),
    ("p", "田村部長より、来期から試作室の使用を予約制にするとの連絡があった。"
          "試作室を使うときは、共有カレンダーから前日の17時までに予約を入れること。"
          "予約のない時間帯は、品質保証部の検査作業を優先する。"),
    ("p", "長谷より、6月下旬に取引先の量販店による工場の衛生監査が予定されているとの報告があった。"
          "監査の前の週は試作室を清掃と点検にあてるため、試作は行わない。"
          "各自、監査の日程を踏まえて試作の計画を立てること。"),
    (1, "アクション・アイテム"),
]

MINUTES_TABLE = [
    ("No.", "内容", "担当", "期限"),
    ("1", "もち粉65％配合で第4次試作を行う", "佐伯（開発部）", "2025年5月28日（水）"),
    ("2", "北海道産黒豆の見積もりを3社から取る", "井口（開発部）", "2025年5月23日（金）"),
    ("3", "新フィルムの保存試験の計画書を作る", "長谷（品質保証部）", "2025年6月6日（金）"),
    ("4", "展示会の出展申込書を提出する", "黒川（営業部）", "2025年5月30日（金）"),
    ("5", "試作室の予約ルールを部内に周知する", "森下（開発部）", "2025年5月21日（水）"),
]

MINUTES_NEXT_HEADING = "次回会議までの確認事項"
MINUTES_NUMBERED = [
    "第4次試作品の社内試食会を6月上旬に開く。",
    "ブレンド黒豆を使った場合の原価を再計算する。",
    "展示会ブースのレイアウト案を2案用意する。",
    "次回会議の議題は6月4日までに書記へ提出する。",
]

MINUTES_TAIL = [
    "次回会議：2025年6月11日（水）14:00〜 本社3階 第2会議室",
    "以上",
]


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps and order-preserving content."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 5, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_minutes(path):
    from docx import Document
    from docx.shared import Pt
    from docx.oxml.ns import qn

    doc = Document()
    # Japanese east-asian font for Normal
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "MS Mincho")

    doc.add_paragraph(MINUTES_TITLE, style="Title")
    for line in MINUTES_HEAD:
        doc.add_paragraph(line)
    for kind, text in MINUTES_BODY:
        if kind == "p":
            doc.add_paragraph(text)
        else:
            doc.add_heading(text, level=kind)

    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for i, row in enumerate(MINUTES_TABLE):
        cells = table.add_row().cells
        for c, val in zip(cells, row):
            c.text = val
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True

    doc.add_heading(MINUTES_NEXT_HEADING, level=1)
    for item in MINUTES_NUMBERED:
        doc.add_paragraph(item, style="List Number")
    for line in MINUTES_TAIL:
        doc.add_paragraph(line)

    cp = doc.core_properties
    cp.title = MINUTES_TITLE
    cp.author = "森下"
    cp.last_modified_by = "森下"
    cp.subject = "商品開発会議 議事録"
    cp.keywords = ""
    cp.comments = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT

    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as f:
        f.write(_normalise_zip(buf.getvalue()))


# ---------------------------------------------------------------------------
# 2. clinic-guide.pdf  (外来受診のご案内, reportlab platypus)
# ---------------------------------------------------------------------------

CLINIC_TITLE = "外来受診のご案内"
CLINIC_ORG = "医療法人つばさ会 さくら台中央クリニック"

CLINIC_INTRO = (
    "当院をご利用いただき、ありがとうございます。"
    "このご案内では、外来を受診される方に知っておいていただきたい受付時間や持ち物、予約の方法などをまとめています。"
    "受診の前にご一読ください。"
    "ご不明な点は、受付または電話でお気軽にお問い合わせください。"
)

CLINIC_SECTIONS = [
    ("1. 診療科目", [
        "内科、小児科、皮膚科、整形外科の4科で外来診療を行っています。",
        "整形外科は、毎週月曜・木曜・土曜の午前のみの診療です。",
        "リハビリテーションは、整形外科の医師の指示がある方に限り、予約制で行っています。",
    ]),
    ("2. 受付時間", "TABLE"),
    ("3. 初めて受診される方へ", [
        "初診の方は、受付終了時刻の30分前までにお越しください。",
        "問診票の記入や保険証の確認に時間がかかるためです。",
        "問診票は当院のウェブサイトからダウンロードできます。",
        "ご自宅で記入してお持ちいただくと、受付がスムーズです。",
        "他の医療機関からの紹介状をお持ちの方は、受付で最初にお出しください。",
    ]),
    ("4. 受診の際にお持ちいただくもの", "BULLETS"),
    ("5. 予約について", [
        "再診の方は、ウェブ予約または電話で診察の予約ができます。",
        "//",
        "ウェブ予約は、受診日の7日前から前日の18時まで受け付けています。",
        "当日の予約は電話のみで承ります。",
        "予約の変更や取り消しも、電話でお願いします。",
        "予約のない方も受診できますが、予約の方を優先してご案内するため、お待ちいただく時間が長くなることがあります。",
    ]),
    ("6. 発熱やせきなどの症状がある方", [
        "37.5度以上の発熱やせき、のどの痛みがある方は、来院される前に必ずお電話ください。",
        "ほかの患者さんへの感染を防ぐため、建物北側の専用入口からご案内します。",
        "一般の待合室とは別の部屋でお待ちいただきます。",
    ]),
    ("7. お会計", [
        "お支払いには、現金のほか、クレジットカードと交通系電子マネーがご利用いただけます。",
        "//",
        "QRコード決済には対応しておりません。",
        "診断書や証明書の発行には1週間ほどかかり、料金は1通3,300円（税込）です。",
    ]),
    ("8. 駐車場・交通", [
        "当院の駐車場は24台分あり、受診の方は無料でご利用いただけます。",
        "満車の場合は、隣のコインパーキングをご利用ください。",
        "駐車券を受付でお見せいただくと、1時間分のサービス券をお渡しします。",
        "電車でお越しの方は、さくら台駅東口から徒歩6分です。",
    ]),
    ("9. お薬について", [
        "当院は院外処方です。",
        "診察後にお渡しする処方箋を、お近くの保険薬局にお持ちください。",
        "処方箋の有効期限は、発行日を含めて4日間です。",
        "期限を過ぎた処方箋ではお薬を受け取れませんので、ご注意ください。",
        "//",
        "ほかの医療機関でお薬をもらっている方は、飲み合わせを確認するため、診察の際に必ずお薬手帳をお見せください。",
    ]),
    ("10. 健康診断について", [
        "企業健診や特定健診、雇い入れ時の健康診断を行っています。",
        "健康診断は完全予約制で、平日の午前中に実施しています。",
        "結果は、受診日からおよそ10日後に郵送でお届けします。",
        "胃の検査や乳がん検診は当院では行っておりませんので、提携する病院をご紹介します。",
    ]),
    ("11. 院内でのお願い", "RULES"),
]

CLINIC_HOURS = [
    ["区分", "月・火・木・金", "水", "土", "日・祝"],
    ["午前", "8:30〜11:30", "8:30〜11:30", "8:30〜12:00", "休診"],
    ["午後", "14:00〜17:30", "休診", "休診", "休診"],
]
CLINIC_HOURS_NOTES = [
    "年末年始（12月29日〜1月3日）は休診です。",
    "小児科の予防接種と乳幼児健診は、火曜・木曜の14:00〜15:00に予約制で行っています。",
    "受付時間を過ぎると、その日の診察をお受けできない場合があります。",
]
CLINIC_BULLETS = [
    "マイナ保険証、または資格確認書",
    "各種医療証（子ども医療費受給者証など）",
    "お薬手帳（ほかの病院で出ているお薬がわかるもの）",
    "紹介状（お持ちの方のみ）",
    "他の医療機関で受けた検査の結果（お持ちの方のみ）",
]
CLINIC_BULLETS_AFTER = [
    "マイナ保険証をお使いの方は、受付横のカードリーダーで本人確認を行ってください。",
    "月が替わって最初の受診の際は、保険の資格を確認させていただきます。",
]
CLINIC_RULES = [
    "院内での携帯電話による通話はご遠慮ください。",
    "付き添いの方は、原則として患者さん1名につき1名までとさせていただきます。",
    "診察室での録音や撮影はお断りしています。",
    "待合室では、お子さまから目を離さないようお願いいたします。",
]
CLINIC_FOOTER = [
    "さくら台中央クリニック　〒000-0000 さくら台市中町2丁目5番8号",
    "電話 000-123-4567（受付時間内）",
]


def build_clinic(path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                    TableStyle, ListFlowable, ListItem)

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    GOTHIC, MINCHO = "HeiseiKakuGo-W5", "HeiseiMin-W3"

    title = ParagraphStyle("title", fontName=GOTHIC, fontSize=20, leading=28,
                           alignment=1, spaceAfter=4)
    org = ParagraphStyle("org", fontName=GOTHIC, fontSize=11, leading=16,
                         alignment=1, spaceAfter=10)
    h = ParagraphStyle("h", fontName=GOTHIC, fontSize=13, leading=19,
                       spaceBefore=10, spaceAfter=4, textColor=colors.HexColor("#1f4e79"))
    body = ParagraphStyle("body", fontName=MINCHO, fontSize=10.5, leading=17,
                          wordWrap="CJK", spaceAfter=2)
    cell = ParagraphStyle("cell", fontName=MINCHO, fontSize=10, leading=14,
                          alignment=1)
    cellh = ParagraphStyle("cellh", fontName=GOTHIC, fontSize=10, leading=14,
                           alignment=1)
    foot = ParagraphStyle("foot", fontName=GOTHIC, fontSize=9.5, leading=14,
                          alignment=1)

    def bullets(items):
        return ListFlowable(
            [ListItem(Paragraph(t, body), leftIndent=14) for t in items],
            bulletType="bullet", start="・", bulletFontName=GOTHIC,
            bulletFontSize=10.5, leftIndent=14)

    story = [Paragraph(CLINIC_TITLE, title), Paragraph(CLINIC_ORG, org),
             Paragraph(CLINIC_INTRO, body)]
    for heading, content in CLINIC_SECTIONS:
        story.append(Paragraph(heading, h))
        if content == "TABLE":
            data = [[Paragraph(c, cellh) for c in CLINIC_HOURS[0]]]
            for row in CLINIC_HOURS[1:]:
                data.append([Paragraph(row[0], cellh)] +
                            [Paragraph(c, cell) for c in row[1:]])
            t = Table(data, colWidths=[22 * mm, 40 * mm, 32 * mm, 32 * mm, 28 * mm])
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde8f3")),
                ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#f2f2f2")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(t)
            story.append(Spacer(1, 4))
            for n in CLINIC_HOURS_NOTES:
                story.append(Paragraph("※" + n, body))
        elif content == "BULLETS":
            story.append(bullets(CLINIC_BULLETS))
            story.append(Spacer(1, 3))
            story.append(Paragraph("".join(CLINIC_BULLETS_AFTER), body))
        elif content == "RULES":
            story.append(bullets(CLINIC_RULES))
        else:
            # "//" starts a new paragraph within a section
            for para in "".join(content).split("//"):
                story.append(Paragraph(para, body))
    story.append(Spacer(1, 14))
    for line in CLINIC_FOOTER:
        story.append(Paragraph(line, foot))

    doc = SimpleDocTemplate(
        path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
        topMargin=20 * mm, bottomMargin=20 * mm,
        title="外来受診のご案内（さくら台中央クリニック）",
        author="さくら台中央クリニック", subject="外来受診のご案内",
        creator="blind4 build.py", keywords="外来, 受付時間, 予約",
        invariant=1)
    doc.build(story)


# ---------------------------------------------------------------------------
# 3. recipe.html
# ---------------------------------------------------------------------------

RECIPE_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>鶏むね肉とれんこんの甘酢あん｜きょうのおかず帖</title>
<meta name="description" content="片栗粉をまぶして焼いた鶏むね肉と、れんこんを甘酢あんでからめた主菜のレシピです。">
</head>
<body>
<header class="site-header">
  <p class="site-name"><a href="/">きょうのおかず帖</a></p>
  <p class="tagline">毎日のごはんづくりを、ちょっとラクに。</p>
</header>
<nav class="global-nav">
  <ul>
    <li><a href="/">ホーム</a></li>
    <li><a href="/main-dish/">主菜</a></li>
    <li><a href="/side-dish/">副菜</a></li>
    <li><a href="/soup/">汁物</a></li>
    <li><a href="/bento/">お弁当</a></li>
    <li><a href="/search/">レシピ検索</a></li>
  </ul>
</nav>
<div class="container">
<main>
  <article class="recipe">
    <h1>鶏むね肉とれんこんの甘酢あん</h1>
    <p class="meta">調理時間は約25分です（2人分）。</p>
    <p class="intro">淡白な鶏むね肉も、片栗粉をまぶして焼けば、しっとりやわらかに仕上がります。シャキシャキとしたれんこんと一緒に、甘酸っぱいあんをからめました。ごはんがすすむ味つけで、冷めてもおいしいのでお弁当のおかずにも向いています。鶏むね肉は値段が手ごろで、たんぱく質もしっかりとれる頼もしい食材です。パサつきやすいのが悩みどころですが、切り方と下ごしらえを少し工夫するだけで、驚くほどやわらかく食べられます。</p>

    <p>甘酢あんは、酢の酸味と砂糖の甘みのバランスが決め手です。はじめは分量どおりに作り、2回目からは砂糖を少し控えるなど、ご家庭の好みに合わせて調整してみてください。</p>

    <h2>材料（2人分）</h2>
    <table class="ingredients">
      <thead>
        <tr><th>材料</th><th>分量</th></tr>
      </thead>
      <tbody>
        <tr><td>鶏むね肉</td><td>1枚（約300g）</td></tr>
        <tr><td>れんこん</td><td>小1節（約150g）</td></tr>
        <tr><td>にんじん</td><td>1/3本</td></tr>
        <tr><td>さやいんげん</td><td>6本</td></tr>
        <tr><td>塩・こしょう</td><td>各少々</td></tr>
        <tr><td>酒</td><td>大さじ1</td></tr>
        <tr><td>片栗粉（鶏肉用）</td><td>大さじ2</td></tr>
        <tr><td>サラダ油</td><td>大さじ2</td></tr>
        <tr><th colspan="2">甘酢あん</th></tr>
        <tr><td>酢</td><td>大さじ3</td></tr>
        <tr><td>砂糖</td><td>大さじ2と1/2</td></tr>
        <tr><td>しょうゆ</td><td>大さじ1と1/2</td></tr>
        <tr><td>水</td><td>大さじ4</td></tr>
        <tr><td>片栗粉（あん用）</td><td>小さじ1</td></tr>
      </tbody>
    </table>

    <h2>作り方</h2>
    <ol class="steps">
      <li>れんこんは皮をむいて5mm厚さの半月切りにし、酢水に5分ほどさらしてから水けをきる。にんじんは短冊切りに、さやいんげんは4cm長さに切る。</li>
      <li>鶏むね肉は皮を取り除き、1cm厚さのそぎ切りにする。塩・こしょうと酒をもみ込み、10分ほどおく。</li>
      <li>甘酢あんの材料を小さめのボウルに合わせ、片栗粉が溶けるまでよく混ぜておく。</li>
      <li>鶏肉の汁けをペーパータオルで軽くふき取り、片栗粉を薄くまぶす。</li>
      <li>フライパンにサラダ油を中火で熱し、鶏肉を並べて両面を2分ずつ焼き、いったん取り出す。</li>
      <li>同じフライパンにれんこん、にんじん、さやいんげんを入れ、れんこんが透き通るまで3分ほど炒める。</li>
      <li>鶏肉を戻し入れ、甘酢あんをもう一度よく混ぜてから回し入れる。とろみがついて全体につやが出るまで手早くからめたら、できあがり。</li>
    </ol>

    <h2>ポイント</h2>
    <p>むね肉をやわらかく仕上げるコツは、「切り方」「下味」「焼きすぎない」の3つです。順番に見ていきましょう。</p>
    <h3>鶏むね肉はそぎ切りに</h3>
    <p>包丁を寝かせて、繊維を断つように薄くそぎ切りにします。火の通りが早くなり、加熱しすぎてかたくなるのを防げます。</p>
    <h3>焼く前に片栗粉をまぶす</h3>
    <p>片栗粉をまぶすと表面に薄い膜ができ、肉汁が逃げにくくなり、しっとり仕上がります。あんが全体によくからむのもうれしいところです。粉が多すぎるとべたつくので、余分な粉ははたいて落としましょう。</p>
    <h3>焼きすぎない</h3>
    <p>鶏肉はいったん取り出し、最後にあんと合わせます。最初に焼く段階で中まで完全に火を通さなくても大丈夫です。余熱と、あんをからめる時間でちょうどよく火が通ります。</p>
    <h3>れんこんは酢水にさらす</h3>
    <p>切ったれんこんを酢水にさらすのは、アクを抜くためです。変色を防いで白くきれいに仕上がり、シャキッとした歯ざわりも残ります。</p>
    <h3>あんは火を止めずに手早く</h3>
    <p>片栗粉は時間がたつと底に沈むので、入れる直前にもう一度混ぜるのを忘れずに。とろみがつくまで混ぜ続けると、だまになりません。</p>
    <h3>保存とお弁当</h3>
    <p>粗熱をとって保存容器に入れれば、冷蔵庫で2日ほど保存できます。お弁当に入れるときは、電子レンジでしっかり温め直し、よく冷ましてから詰めてください。</p>
    <h3>野菜は季節に合わせて</h3>
    <p>さやいんげんの代わりに、ピーマンやスナップえんどう、ブロッコリーを使っても彩りよく仕上がります。れんこんが手に入らない時期は、ごぼうやじゃがいもで作るのもおすすめです。じゃがいもを使う場合は、水にさらしたあと、竹串がすっと通るまで少し長めに炒めてください。</p>
    <h3>アレンジ</h3>
    <p>鶏肉の代わりに、豚ロースの薄切り肉でもおいしく作れます。酢を黒酢に替えると、まろやかでコクのある味わいになります。辛いものが好きな方は、仕上げに七味唐辛子をふったり、あんに豆板醤を小さじ1/2ほど加えたりしてみてください。</p>
    <p class="author">レシピ制作：料理研究家　青木さつき</p>
  </article>
</main>
<aside class="sidebar">
  <h2>人気のレシピ</h2>
  <ol>
    <li><a href="/recipe/101/">豚こま切れ肉のしょうが焼き</a></li>
    <li><a href="/recipe/214/">かぼちゃのそぼろ煮</a></li>
    <li><a href="/recipe/087/">ほうれん草のごま和え</a></li>
    <li><a href="/recipe/330/">さばのみそ煮</a></li>
    <li><a href="/recipe/052/">具だくさん豚汁</a></li>
  </ol>
  <h2>特集</h2>
  <ul>
    <li><a href="/feature/spring-vegetables/">春野菜のかんたん副菜</a></li>
    <li><a href="/feature/10min/">10分でできる朝ごはん</a></li>
    <li><a href="/feature/kids/">子どもが喜ぶおやつ</a></li>
  </ul>
</aside>
</div>
<footer class="site-footer">
  <ul>
    <li><a href="/about/">このサイトについて</a></li>
    <li><a href="/privacy/">プライバシーポリシー</a></li>
    <li><a href="/contact/">お問い合わせ</a></li>
  </ul>
  <p><small>&copy; 2025 きょうのおかず帖</small></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. software-readme.md
# ---------------------------------------------------------------------------

README_MD = """# kurabe

kurabe（くらべ）は、2つのCSVファイルを比べて、追加・削除・変更された行をわかりやすく表示するコマンドラインツールです。
表計算ソフトを開かなくても、ターミナルだけでデータの変化を確認できます。

## 特長

- 行の並び順が違っていても、キー列を指定すれば正しく突き合わせます
- 変更されたセルだけを色分けして表示します
- 結果をテキスト、JSON、Markdownの3つの形式で出力できます
- Shift_JIS（CP932）など、UTF-8以外の文字コードにも対応しています

## 動作環境

- Python 3.9 以上
- 追加で必要なライブラリは、インストール時に自動で入ります

## インストール

pipx を使ったインストールをおすすめします。
ほかの Python 環境とライブラリが干渉しません。

```
pipx install kurabe
```

pip を使う場合は、次のように実行します。

```
python -m pip install --user kurabe
```

インストールが終わったら `kurabe --help` を実行し、使い方が表示されることを確認してください。

## 使い方

### 基本

比べたい2つのファイルを、古いもの、新しいものの順に指定します。

```
kurabe old.csv new.csv
```

出力例：

```
~ 3行目  price: 1200 → 1350
+ 8行目  id=1042, name=ノート, price=240
- 5行目  id=1007, name=のり, price=180
```

行頭の記号は、`+` が追加、`-` が削除、`~` が変更を表します。

### キー列を指定する

行の並び順が変わっている可能性があるときは、`--key` で行を識別する列を指定します。

```
kurabe --key id old.csv new.csv
```

複数の列を組み合わせるときは、カンマで区切ります（例：`--key store,date`）。

### 結果をファイルに保存する

```
kurabe --format json --output diff.json old.csv new.csv
```

### 終了コード

kurabe は、差分がなければ終了コード0、差分が見つかった場合は終了コード1で終わります。
ファイルが読めないなどのエラーのときは、終了コード2を返します。
シェルスクリプトやCIで、差分の有無によって処理を分けるときに使えます。

## オプション一覧

| オプション | 短縮形 | 説明 | 既定値 |
|---|---|---|---|
| `--key 列名` | `-k` | 行を突き合わせるキー列を指定する | なし（行番号で比較） |
| `--encoding 名前` | `-e` | 入力ファイルの文字コードを指定する | utf-8 |
| `--delimiter 文字` | `-d` | 区切り文字を指定する（TSVなら `\\t`） | `,` |
| `--format 形式` | `-f` | 出力形式を text / json / markdown から選ぶ | text |
| `--output パス` | `-o` | 結果を標準出力ではなくファイルに書き出す | なし |
| `--ignore-case` | `-i` | 英字の大文字と小文字を区別せずに比べる | 無効 |
| `--ignore-columns 列名` | なし | 指定した列を比較の対象から外す | なし |
| `--quiet` | `-q` | 差分の内容を表示せず、終了コードだけを返す | 無効 |
| `--no-color` | なし | 色分けをせずに表示する | 無効 |

## 出力形式

`--format` で選べる出力形式は次の3つです。

- text：ターミナルで読みやすい形式です。変更されたセルは黄色、追加は緑、削除は赤で表示されます
- json：ほかのプログラムで処理しやすい形式です。差分1件が1つのオブジェクトになります
- markdown：表の形で出力します。プルリクエストや社内Wikiに貼り付けるときに便利です

色分けは、出力先がターミナルのときだけ行われます。
ファイルやパイプに出力するときは、自動的に色なしになります。

## 設定ファイル

毎回同じオプションを指定するのが面倒なときは、設定ファイルを使います。
作業するフォルダに `.kurabe.toml` を置くと、その内容が既定値として読み込まれます。
コマンドラインで指定したオプションは、設定ファイルの内容より優先されます。

```toml
key = "id"
encoding = "cp932"
ignore_columns = ["updated_at"]
```

## よくある質問

### Excelで保存したCSVが文字化けします

日本語版のExcelで「CSV（コンマ区切り）」として保存したファイルは、文字コードがShift_JIS（CP932）になっています。
`--encoding cp932` を付けて実行してください。
Excelで「CSV UTF-8」形式を選んで保存し直す方法もあります。

### 行の順番を入れ替えただけなのに、大量の差分が出ます

`--key` を指定しない場合、kurabe は行を上から順に行番号で突き合わせるためです。
ID など重複しない値を持つ列を `--key` に指定すると、並び順に関係なく正しく比較できます。

### 列の並び順が違うファイルでも比べられますか

はい、比べられます。
kurabe は1行目の見出しを列名として使い、列名どうしで対応づけるので、列の順番が違っていても問題ありません。
ただし、見出しの行がないファイルには対応していません。

### 大きなファイルでも使えますか

100万行程度のファイルまで動作を確認しています。
ファイル全体をメモリに読み込むため、目安としてファイルサイズの3倍ほどの空きメモリが必要です。

### TSVファイルも比べられますか

はい。`--delimiter` にタブ文字を指定すると、タブ区切りのファイルとして読み込みます。
拡張子が「.tsv」のファイルは、指定しなくても自動でタブ区切りとして扱います。

### 更新日時の列など、毎回変わる列を無視したいです

`--ignore-columns` に列名を指定してください。
複数ある場合は、カンマで区切って指定します。

## 不具合の報告

不具合を見つけたときは、リポジトリの Issue でお知らせください。
報告の際は、実行したコマンドと、問題が再現する小さなCSVファイルを添えていただけると助かります。
個人情報や社外秘のデータは、必ず削除してから添付してください。

## ライセンス

kurabe は MIT ライセンスのもとで公開しています。
詳しくは、同梱の LICENSE ファイルをご覧ください。
"""


# ---------------------------------------------------------------------------
# 5. school-letter.txt
# ---------------------------------------------------------------------------

SCHOOL_TXT = """令和7年5月9日
保護者各位
　　　　　　　　　　　　　　　　　さくら台市立ひばりが丘小学校
　　　　　　　　　　　　　　　　　校長　森本　和彦
　　　　　　　　　　　　　　　　　第3学年主任　中川　由美

　　　　　　　　第3学年　春の遠足のお知らせ

　新緑の候、保護者の皆様にはますますご健勝のこととお喜び申し上げます。
日頃より本校の教育活動にご理解とご協力をいただき、誠にありがとうございます。
　さて、第3学年では、下記のとおり春の遠足を実施いたします。
今回の遠足は、理科で学習している「身近な生き物」の観察と、班で協力して
行動することをねらいとしています。
お子さまと一緒に持ち物の準備をしていただきますよう、よろしくお願いいたします。
　なお、当日の班分けや活動の詳しい内容は、前日に配る「遠足のしおり」でお知らせします。
ご家庭でもしおりを読み、集合時刻や持ち物を一緒に確かめていただけると幸いです。
　春の遠足は、3年生になって初めての校外学習です。子どもたちは理科の時間に図鑑を
使って、公園で見られそうな生き物について調べてきました。当日は、班ごとに観察カード
を持って公園を歩き、見つけた生き物の名前や様子を記録する予定です。

記

1. 日時　　令和7年5月30日（金）
　　　　　午前8時20分　学校集合（ふだんの登校時刻と同じです）
　　　　　午前8時40分　学校出発
　　　　　午後2時30分　学校到着予定（到着後、学校で解散します）

2. 行き先　県立みずほ台自然公園（みずほ台市）

3. 交通手段　貸切バス（3クラスで2台）

4. 持ち物
　・お弁当
　・おやつ（300円以内。ガムとあめは持ってこないでください）
　・水筒（中身はお茶または水）
　・レジャーシート、タオル、ハンカチ、ちり紙
　・雨具（折りたたみ傘またはかっぱ）
　・ビニール袋（ごみ入れ用に2枚）
　・遠足のしおり（前日に学校で配ります）
　※持ち物にはすべて名前を書いてください。
　※荷物はリュックサックに入れ、両手が空くようにしてください。

5. 服装　体操服、運動靴、赤白帽子
　※公園内には坂道や砂利道があるため、新しい靴やサンダルは避けてください。

6. 費用　バス代として1人1,200円
　※6月の学年費と一緒に、指定の口座から引き落とします。

7. 雨天の場合
　当日の朝6時30分までに実施か延期かを判断し、学校のメール配信でお知らせします。
　延期の場合は、6月3日（火）に実施します。
　6月3日も雨の場合は遠足を中止とし、通常の授業を行います。
　小雨の場合は予定どおり実施し、公園内の屋根のある休憩所でお弁当を食べます。
　延期になった5月30日は通常の授業を行い、給食がありますので、お弁当は必要ありません。

8. 当日の主な予定
　午前10時00分ごろ　公園到着、班ごとに池や林で生き物の観察
　午前11時50分ごろ　芝生広場でお弁当
　午後1時00分ごろ　公園出発
　※天候や道路の混み具合によって、時刻が前後することがあります。

9. その他
　・乗り物酔いをしやすいお子さまは、酔い止めの薬を家で飲ませてから登校させてください。
　・当日の朝、体調がすぐれない場合は、8時10分までに学校へお電話ください。
　・食物アレルギーなど配慮が必要なことがあれば、連絡帳でお知らせください。
　・当日は、学年の教員4名のほかに、学校看護師1名が同行します。
　・気温が高くなることが予想されるため、水筒は大きめのものをご用意ください。
　　公園内の売店は利用しないため、途中でお茶や水を補充することはできません。
　・当日の朝の見送りは校門の前までとし、学校の敷地内には入らないようお願いいたします。
　・お金や携帯ゲーム機、おもちゃなど、遠足に必要のない物は持たせないでください。

10. 問い合わせ先
　さくら台市立ひばりが丘小学校　電話 000-987-6543（平日 午前8時〜午後5時）
　遠足についてのご質問は、学級担任または学年主任の中川までお寄せください。

以上

- - - - - - - - - - - - - - - - 切り取り線 - - - - - - - - - - - - - - - -

　　　　　　　　　遠足参加についての回答書
　　　（5月16日（金）までに、学級担任へ提出してください）

第3学年（　　）組（　　）番　児童氏名（　　　　　　　　　　　）

1. 遠足に（　参加します　・　参加しません　）

2. 乗り物酔いについて（　しやすい　・　しない　）

3. 学校へ伝えておきたいこと（体調、アレルギーなど）
（　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　）

　　　　　　　　　　　　　保護者氏名（　　　　　　　　　　　　）
"""


# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------
# (doc, lang, kind, question, answers)  -- doc is for verification only
M, C, R, L, S = ("meeting-minutes.docx", "clinic-guide.pdf", "recipe.html",
                 "software-readme.md", "school-letter.txt")

QUESTIONS = [
    # --- meeting-minutes.docx
    (M, "ja", "fact", "黒豆きなこ大福って結局いくらで売ることになったんですか？",
     ["1個税込216円に据え置く"]),
    (M, "ja", "table", "展示会の申込書、誰がいつまでに出す担当になってる？",
     ["黒川（営業部）", "2025年5月30日（金）"]),
    (M, "ja", "why", "新しい個包装フィルムへの切り替えを見送ったのはどうして？",
     ["賞味期限を現行の5日から4日に短くする必要がある", "賞味期限の検証試験が終わる7月以降に"]),
    (M, "ja", "paraphrase", "社内の試食会、評判はどうだったの？もう一回食べたいって人はどのくらいいた？",
     ["「また食べたい」と答えた人の割合は78％"]),
    (M, "ja", "howto", "来期から試作室を使いたいときはどう手続きすればいいですか。",
     ["共有カレンダーから前日の17時までに予約を入れる"]),
    (M, "unanswerable", "unanswerable", "関西和菓子フェアのブース装飾にかける予算はいくらって決まった？",
     []),
    (M, "en", "fact", "When is the next product development meeting scheduled?",
     ["2025年6月11日（水）14:00〜"]),
    # --- clinic-guide.pdf
    (C, "ja", "table", "土曜日は何時まで受付してもらえますか？",
     ["8:30〜12:00"]),
    (C, "ja", "why", "初診だと受付終了の30分前までに来てって言われるのはなんで？",
     ["問診票の記入や保険証の確認"]),
    (C, "ja", "howto", "熱が38度あるんだけど、そのまま行っていいの？",
     ["来院される前に必ずお電話ください"]),
    (C, "ja", "paraphrase", "支払いってPayPayみたいなスマホのコード決済使えます？",
     ["QRコード決済には対応しておりません"]),
    (C, "ja", "fact", "ネットで診察の予約を取れるのはいつからいつまで？",
     ["受診日の7日前から前日の18時まで"]),
    (C, "unanswerable", "unanswerable", "このクリニックはオンライン診療に対応していますか？",
     []),
    (C, "en", "list", "What should I bring with me to my appointment at the clinic?",
     ["マイナ保険証、または資格確認書", "各種医療証（子ども医療費受給者証など）"]),
    # --- recipe.html
    (R, "ja", "table", "甘酢あんに入れるしょうゆの分量を教えてください",
     ["大さじ1と1/2"]),
    (R, "ja", "howto", "れんこんのアク抜きってどうやるの？",
     ["酢水に5分ほどさらしてから水けをきる"]),
    (R, "ja", "why", "鶏肉を焼く前に片栗粉をまぶすのは何のため？",
     ["肉汁が逃げにくくなり、しっとり仕上がります"]),
    (R, "ja", "list", "鶏肉はフライパンで何分くらい焼けばいい？",
     ["両面を2分ずつ焼き"]),
    (R, "unanswerable", "unanswerable", "この甘酢あんのおかず、1人分のカロリーってどれくらい？",
     []),
    (R, "ja", "paraphrase", "鶏むねがないから豚肉で代用したいんだけど、いけますか",
     ["豚ロースの薄切り肉でもおいしく作れます"]),
    (R, "unanswerable", "unanswerable", "作り置きして冷凍しておいた場合、何週間くらいもちますか？",
     []),
    (R, "en", "section", "How long will the leftovers keep, and how should I store them?",
     ["冷蔵庫で2日ほど保存できます"]),
    # --- software-readme.md
    (L, "ja", "howto", "kurabe入れたいんだけど、おすすめのインストール方法は？",
     ["pipx install kurabe"]),
    (L, "ja", "faq", "Excelから書き出したCSVを読ませたら文字化けした…どうすれば？",
     ["--encoding cp932"]),
    (L, "ja", "why", "行を並べ替えただけで差分が大量に出るのはなぜですか",
     ["行を上から順に行番号で突き合わせるため"]),
    (L, "ja", "table", "大文字小文字の違いを無視して比較するオプションってある？",
     ["--ignore-case"]),
    (L, "unanswerable", "unanswerable", "いま入っているkurabeのバージョンを確かめるにはどのコマンドを使う？",
     []),
    (L, "ja", "faq", "何十万行もあるでかいCSVでも動く？メモリはどのくらい要る？",
     ["100万行程度のファイルまで動作を確認しています", "ファイルサイズの3倍ほどの空きメモリが必要です"]),
    (L, "en", "section", "Which license is kurabe released under?",
     ["MIT ライセンスのもとで公開しています"]),
    # --- school-letter.txt
    (S, "ja", "fact", "遠足の行き先ってどこでしたっけ？",
     ["県立みずほ台自然公園"]),
    (S, "ja", "howto", "雨の日、遠足をやるかどうかはどうやって知らせてもらえるんですか？",
     ["学校のメール配信でお知らせします"]),
    (S, "ja", "paraphrase", "もし雨で延期になったら、その日もお弁当って持たせたほうがいい？",
     ["お弁当は必要ありません"]),
    (S, "ja", "section", "参加するかどうかの返事はいつまでに誰に出せばいいの？",
     ["5月16日（金）までに、学級担任へ提出"]),
    (S, "ja", "why", "新品のスニーカーで行かせたらダメなの？理由が知りたい",
     ["坂道や砂利道があるため"]),
    (S, "unanswerable", "unanswerable", "遠足で撮った写真はあとで買えるんでしょうか？",
     []),
    (S, "en", "fact", "What time does my child need to be at school on the day of the field trip?",
     ["午前8時20分"]),
]


def build_questions(path):
    with open(path, "w", encoding="utf-8") as f:
        for i, (_doc, lang, kind, q, answers) in enumerate(QUESTIONS, 1):
            unans = kind == "unanswerable"
            obj = {
                "id": "b4-%03d" % i,
                "question": q,
                "lang": "ja" if lang == "unanswerable" else lang,
                "kind": kind,
                "answers": answers,
                "unanswerable": unans,
            }
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


def main():
    os.makedirs(DOCS, exist_ok=True)
    build_minutes(os.path.join(DOCS, M))
    build_clinic(os.path.join(DOCS, C))
    with open(os.path.join(DOCS, R), "w", encoding="utf-8", newline="\n") as f:
        f.write(RECIPE_HTML)
    with open(os.path.join(DOCS, L), "w", encoding="utf-8", newline="\n") as f:
        f.write(README_MD)
    with open(os.path.join(DOCS, S), "w", encoding="utf-8", newline="\n") as f:
        f.write(SCHOOL_TXT)
    build_questions(os.path.join(HERE, "..", "blind-4.jsonl"))


if __name__ == "__main__":
    main()
