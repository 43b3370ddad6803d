"""Build blind set 5: five invented Japanese documents and blind-5.jsonl.

Run from the repository root:  python eval/blind-5/build.py (writes this folder and eval/blind-5.jsonl)
Every run writes byte-identical files (fixed metadata, reportlab invariant
mode, fixed zip timestamps in the .docx).
"""
import datetime
import io
import json
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE


# ---------------------------------------------------------------------------
# 1. research-paper.pdf
# ---------------------------------------------------------------------------

PAPER_HEADER = "第12回 地域インフラ情報学研究会 予稿集（2024年3月）"
PAPER_TITLE = "低コスト温湿度センサ網を用いた橋梁路面凍結の短時間予測"
PAPER_TITLE_EN = ("Short-term Prediction of Bridge Deck Icing Using a Low-cost "
                  "Temperature and Humidity Sensor Network")
PAPER_AUTHORS = "山科 透<super>†1</super>　三好 彩花<super>†1</super>　大庭 健一<super>†2</super>"
PAPER_AFFIL = "†1 越路工科大学 工学部 環境システム工学科　†2 北沢市 建設部 道路維持課"
PAPER_ABSTRACT = (
    "積雪寒冷地の橋梁では、周辺の道路より早く路面が凍結することが多く、凍結防止剤を散布する"
    "時機の判断が難しい。本研究では、1基あたり約4,800円で製作できる温湿度センサを橋梁の高欄に"
    "取り付け、その観測値と気象予報を組み合わせて60分後の路面温度を予測する手法を提案する。"
    "北沢市内の3橋梁に計12基のセンサを設置し、2022年12月から2023年2月までの観測データで評価した"
    "結果、提案手法の平均絶対誤差は0.72℃、凍結判定のF値は0.86であった。"
)
PAPER_KEYWORDS = "キーワード：路面凍結、橋梁、低コストセンサ、勾配ブースティング、冬期道路管理"

# (kind, text): h1 = section heading, h2 = subsection, p = paragraph,
# table = results table, cap = table caption, ref = reference entry
PAPER_BODY = [
    ("h1", "1. はじめに"),
    ("p", "冬期の道路管理において、路面凍結によるスリップ事故を防ぐことは重要な課題である。"
          "とくに橋梁は路面の下側も外気にさらされるため、盛土区間の道路に比べて路面温度が下がり"
          "やすく、凍結が先に発生しやすい。北沢市では、道路パトロール員の巡回と市内2か所の道路"
          "気象観測所の情報をもとに凍結防止剤の散布を判断しているが、観測所から離れた橋梁の状態"
          "を把握することは難しかった。"),
    ("p", "市販の路面温度計は1基あたり数十万円と高価であり、市が管理する全87橋に設置することは"
          "現実的でない。そこで本研究では、安価な温湿度センサと公開されている気象予報を組み合わ"
          "せ、橋梁ごとに60分後の路面温度を予測する手法を検討する。"),
    ("h1", "2. 関連研究"),
    ("p", "路面温度の予測には、熱収支に基づく物理モデルを用いる方法と、観測データから統計的に"
          "推定する方法がある。物理モデルは日射量や舗装の材質などを詳しく入力する必要があり、"
          "橋梁ごとに調整する手間が大きい[1]。統計的な方法としては、道路気象観測所のデータに"
          "重回帰を適用した研究[2]や、ニューラルネットワークで3時間先の路面温度を予測した研究[3]"
          "が報告されている。しかし、これらは高価な観測機器が置かれた地点を対象としており、"
          "安価なセンサで得られる誤差の大きいデータを前提とした検討は少ない。"),
    ("h1", "3. 手法"),
    ("h2", "3.1 センサの構成"),
    ("p", "センサは、温湿度センサ素子、小型マイコン、LPWA通信モジュールおよび単三電池4本で"
          "構成した。部品代は1基あたり約4,800円である。センサは橋梁の高欄の内側、路面からの"
          "高さ約1.2mの位置に取り付け、10分ごとに気温と相対湿度を送信する。"
          "電池は、1回の交換で約5か月動作した。"),
    ("h2", "3.2 予測モデル"),
    ("p", "予測には勾配ブースティング決定木（GBDT）を用いた。入力は、直近3時間分のセンサ観測値、"
          "時刻、および気象予報から得た60分後の気温・雲量・風速である。路面温度の正解値には、"
          "実験期間中に各橋梁へ一時的に設置した放射温度計の値を用いた。"),
    ("p", "凍結の判定では、予測した路面温度が0℃以下で、かつ相対湿度が85％以上の場合に"
          "「凍結のおそれあり」とした。"),
    ("h1", "4. 実験"),
    ("h2", "4.1 データ"),
    ("p", "北沢市内の3橋梁（北沢大橋、みどり橋、川端跨線橋）に計12基のセンサを設置し、"
          "2022年12月1日から2023年2月28日までの90日間のデータを収集した。欠測を除いた約15万件の"
          "観測値のうち、1月末までを学習用、2月を評価用とした。"),
    ("h2", "4.2 比較手法"),
    ("p", "比較手法として、現在の路面温度が60分後も続くとみなす持続予測法と、提案手法と同じ入力"
          "を用いた重回帰モデルを用いた。"),
    ("h2", "4.3 結果"),
    ("p", "表1に結果を示す。提案手法の平均絶対誤差（MAE）は0.72℃で、持続予測法と比べて約61％"
          "小さかった。凍結判定のF値も0.86と、二つの比較手法を上回った。"),
    ("cap", "表1　60分後の路面温度予測の結果（評価期間：2023年2月）"),
    ("table", [["手法", "入力", "MAE（℃）", "F値"],
               ["持続予測法", "現在の路面温度のみ", "1.84", "0.61"],
               ["重回帰モデル", "センサ値＋気象予報", "1.12", "0.74"],
               ["GBDT（提案手法）", "センサ値＋気象予報", "0.72", "0.86"]]),
    ("p", "誤差を時間帯別に見ると、午前3時から7時までの明け方に誤差が大きく、"
          "この時間帯のMAEは1.05℃であった。"),
    ("h1", "5. 考察"),
    ("p", "明け方に誤差が大きくなった主な原因として、晴れた夜間の放射冷却が考えられる。"
          "放射冷却が強い夜には路面温度が気温より2℃以上低くなることがあり、高欄に取り付けた"
          "センサの気温だけでは路面の冷え込みを十分にとらえられない。また、川端跨線橋では"
          "架線柱の影が日中の路面に落ちるため、午後の誤差が他の橋梁より大きかった。センサを"
          "路面に近い位置に取り付けることや、雲量の予報を重視することで、誤差を減らせる可能性"
          "がある。"),
    ("p", "一方、本手法は1基あたりの費用が低いため、市の管理する全橋梁に1基ずつ設置しても、"
          "部品代の合計は約42万円にとどまる。"),
    ("h1", "6. おわりに"),
    ("p", "本研究では、安価な温湿度センサと気象予報を組み合わせて橋梁の路面温度を60分先まで"
          "予測する手法を提案し、3橋梁での実験により、平均絶対誤差0.72℃の精度が得られることを"
          "示した。今後は、2023年度の冬期に対象を10橋梁へ広げ、道路パトロール員のスマートフォン"
          "に予測結果を配信する試行を行う予定である。"),
    ("h2", "謝辞"),
    ("p", "本研究の一部は、2022年度北沢市地域課題解決研究助成の支援を受けた。"
          "センサの設置にご協力いただいた北沢市道路維持課の皆様に感謝する。"),
    ("h1", "参考文献"),
    ("ref", "[1] 佐伯 洋平, 石川 舞: 熱収支モデルによる橋面温度の推定, 寒地道路工学論文集, "
            "Vol. 18, pp. 45–52, 2019."),
    ("ref", "[2] 森田 和也: 道路気象観測データを用いた路面温度の重回帰予測, 交通情報学会誌, "
            "Vol. 7, No. 2, pp. 101–108, 2016."),
    ("ref", "[3] K. Tanabe, R. Ogawa: Neural Network Forecasting of Road Surface Temperature, "
            "Proc. Winter Road Symposium, pp. 210–215, 2021."),
]


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
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak,
                                    KeepTogether, NextPageTemplate, PageTemplate,
                                    Paragraph,
                                    Spacer, Table, TableStyle)

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    MIN, GOTH = "HeiseiMin-W3", "HeiseiKakuGo-W5"

    def st(name, **kw):
        base = dict(fontName=MIN, fontSize=9.5, leading=15, wordWrap="CJK")
        base.update(kw)
        return ParagraphStyle(name, **base)

    s_title = st("title", fontName=GOTH, fontSize=15, leading=22, alignment=TA_CENTER)
    s_title_en = st("title_en", fontSize=9.5, leading=13, alignment=TA_CENTER,
                    wordWrap=None, spaceBefore=2)
    s_auth = st("auth", fontSize=11, leading=16, alignment=TA_CENTER, spaceBefore=8)
    s_affil = st("affil", fontSize=8.5, leading=12, alignment=TA_CENTER, spaceAfter=8)
    s_abs_h = st("abs_h", fontName=GOTH, fontSize=9.5, leading=14, alignment=TA_CENTER)
    s_abs = st("abs", fontSize=9, leading=14, leftIndent=8 * mm, rightIndent=8 * mm,
               firstLineIndent=9)
    s_kw = st("kw", fontSize=8.5, leading=13, leftIndent=8 * mm, rightIndent=8 * mm,
              spaceBefore=3)
    s_h1 = st("h1", fontName=GOTH, fontSize=10.5, leading=16, spaceBefore=7, spaceAfter=2)
    s_h2 = st("h2", fontName=GOTH, fontSize=9.5, leading=15, spaceBefore=4)
    s_p = st("p", firstLineIndent=9.5)
    s_cap = st("cap", fontName=GOTH, fontSize=8.5, leading=12, alignment=TA_CENTER,
               spaceBefore=5, spaceAfter=3)
    s_cell = st("cell", fontSize=8, leading=10.5)
    s_cellh = st("cellh", fontName=GOTH, fontSize=8, leading=10.5)
    s_ref = st("ref", fontSize=8, leading=12, leftIndent=12, firstLineIndent=-12)

    W, H = A4
    margin_x, top, bottom, gap = 18 * mm, 22 * mm, 20 * mm, 7 * mm
    col_w = (W - 2 * margin_x - gap) / 2
    head_h = 70 * mm
    body_top = H - top
    f_head = Frame(margin_x, body_top - head_h, W - 2 * margin_x, head_h, id="head",
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    first_cols = [Frame(margin_x + i * (col_w + gap), bottom, col_w,
                        body_top - head_h - bottom, id="c%d" % i,
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                  for i in range(2)]
    later_cols = [Frame(margin_x + i * (col_w + gap), bottom, col_w, body_top - bottom,
                        id="l%d" % i, leftPadding=0, rightPadding=0, topPadding=0,
                        bottomPadding=0)
                  for i in range(2)]

    def decorate(canv, doc):
        canv.saveState()
        canv.setFont(MIN, 8)
        canv.drawString(margin_x, H - 13 * mm, PAPER_HEADER)
        canv.drawRightString(W - margin_x, H - 13 * mm, "IIS-12-07")
        canv.setLineWidth(0.4)
        canv.line(margin_x, H - 15 * mm, W - margin_x, H - 15 * mm)
        canv.setFont(MIN, 9)
        canv.drawCentredString(W / 2, 10 * mm, "- %d -" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(
        path, pagesize=A4, title=PAPER_TITLE, author="山科 透, 三好 彩花, 大庭 健一",
        subject="地域インフラ情報学研究会 予稿", creator="blind-5 build.py",
        producer="ReportLab", keywords="路面凍結, 橋梁, 低コストセンサ")
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[f_head] + first_cols, onPage=decorate),
        PageTemplate(id="later", frames=later_cols, onPage=decorate),
    ])

    story = [NextPageTemplate("later"),
             Paragraph(PAPER_TITLE, s_title),
             Paragraph(PAPER_TITLE_EN, s_title_en),
             Paragraph(PAPER_AUTHORS, s_auth),
             Paragraph(PAPER_AFFIL, s_affil),
             Paragraph("概要", s_abs_h),
             Paragraph(PAPER_ABSTRACT, s_abs),
             Paragraph(PAPER_KEYWORDS, s_kw),
             FrameBreak()]
    for kind, content in PAPER_BODY:
        if kind == "h1":
            story.append(Paragraph(content, s_h1))
        elif kind == "h2":
            story.append(Paragraph(content, s_h2))
        elif kind == "p":
            story.append(Paragraph(content, s_p))
        elif kind == "cap":
            caption = Paragraph(content, s_cap)
        elif kind == "ref":
            story.append(Paragraph(content, s_ref))
        elif kind == "table":
            rows = [[Paragraph(c, s_cellh if r == 0 else s_cell) for c in row]
                    for r, row in enumerate(content)]
            t = Table(rows, colWidths=[27 * mm, 27 * mm, 15 * mm, 10 * mm])
            t.setStyle(TableStyle([
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(KeepTogether([caption, t, Spacer(1, 5)]))
    doc.build(story)


# ---------------------------------------------------------------------------
# 2. employee-handbook.docx
# ---------------------------------------------------------------------------

# ("title"|"meta"|"chapter"|"article"|"clause"|"text"|"note"|"table", content)
HANDBOOK = [
    ("title", "就業規則（抜粋）"),
    ("meta", "株式会社みなと精機"),
    ("meta", "制定　2015年4月1日　／　最終改定　2024年4月1日"),
    ("text", "この冊子は、当社の就業規則のうち、従業員の皆さんが日常の勤務でよく参照する条文を"
             "抜き出したものです。条文の番号は就業規則本体と同じです。"),
    ("chapter", "第1章　総則"),
    ("article", "第1条（目的）"),
    ("text", "この規則は、株式会社みなと精機（以下「会社」という。）の従業員の労働条件、服務規律"
             "その他就業に関する事項を定めるものである。"),
    ("article", "第2条（適用範囲）"),
    ("clause", "（1）この規則は、会社に雇用されるすべての正社員に適用する。"),
    ("clause", "（2）契約社員及びパートタイム従業員の就業に関し必要な事項は、別に定める規程による。"),
    ("chapter", "第2章　勤務時間及び休憩"),
    ("article", "第3条（勤務時間）"),
    ("clause", "（1）所定労働時間は、1日7時間45分、1週38時間45分とする。"),
    ("clause", "（2）始業時刻は午前8時30分、終業時刻は午後5時15分とする。"),
    ("clause", "（3）業務の都合により、始業及び終業の時刻を繰り上げ、又は繰り下げることがある。"),
    ("article", "第4条（休憩）"),
    ("clause", "（1）休憩時間は、正午から午後1時までの60分とする。"),
    ("clause", "（2）製造部門の従業員は、所属長の指示により交替で休憩をとる。"),
    ("article", "第5条（フレックスタイム制）"),
    ("clause", "（1）本社の企画部門及び開発部門の従業員は、労使協定の定めるところにより、"
               "フレックスタイム制で勤務することができる。"),
    ("clause", "（2）フレックスタイム制で勤務する者のコアタイムは、午前10時から午後3時までとする。"),
    ("chapter", "第3章　休日及び休暇"),
    ("article", "第6条（休日）"),
    ("text", "休日は、土曜日、日曜日、国民の祝日、年末年始（12月29日から1月3日まで）及び会社が"
             "定める夏季休日（3日間）とする。"),
    ("article", "第7条（年次有給休暇）"),
    ("clause", "（1）入社日から6か月間継続して勤務し、所定労働日の8割以上出勤した従業員には、"
               "10日の年次有給休暇を与える。"),
    ("clause", "（2）その後は、勤続年数に応じて労働基準法に定める日数を毎年付与する。"),
    ("clause", "（3）年次有給休暇は、半日単位で取得することができる。ただし、半日単位の取得は"
               "1年につき10回を限度とする。"),
    ("clause", "（4）その年度に取得しなかった年次有給休暇は、翌年度に限り繰り越すことができる。"),
    ("article", "第8条（特別休暇）"),
    ("text", "従業員が次の表の事由に該当するときは、本人の申請により特別休暇を与える。"
             "特別休暇は有給とする。"),
    ("table", [["事由", "日数", "取得できる期間・備考"],
               ["本人の結婚", "5日", "挙式又は入籍の日から6か月以内"],
               ["配偶者の出産", "3日", "出産予定日の前後2週間以内"],
               ["子の入学式・卒業式", "1日", "小学校及び中学校に限る"],
               ["父母・配偶者・子の死亡", "5日", "死亡の日から10日以内"],
               ["祖父母・兄弟姉妹の死亡", "2日", "死亡の日から10日以内"],
               ["骨髄液の提供（ドナー休暇）", "必要な日数", "入院・通院・面談に要する日"],
               ["裁判員としての職務", "必要な日数", "選任手続の期日を含む"]]),
    ("note", "※1　表中の日数は、休日を含まない労働日で数える。"),
    ("note", "※2　特別休暇を申請するときは、結婚の届出の写しや会葬礼状など、事由を確認できる"
             "書類を後日提出すること。"),
    ("article", "第9条（育児休業及び介護休業）"),
    ("text", "育児休業及び介護休業の対象者、期間その他必要な事項は、別に定める育児・介護休業規程"
             "による。"),
    ("article", "第10条（休暇の届出）"),
    ("clause", "（1）年次有給休暇を取得しようとする者は、原則として取得日の3労働日前までに、"
               "勤怠管理システムにより所属長に届け出なければならない。"),
    ("clause", "（2）病気その他やむを得ない事由により事前に届け出ることができなかったときは、"
               "出勤した日に速やかに届け出るものとする。"),
    ("chapter", "第4章　服務規律"),
    ("article", "第11条（遵守事項）"),
    ("text", "従業員は、次の事項を守らなければならない。"),
    ("clause", "（1）会社の許可なく、業務に関係のない目的で会社の設備や情報機器を使用しないこと。"),
    ("clause", "（2）業務上知り得た会社及び取引先の秘密を、在職中はもとより退職後も他に漏らさない"
               "こと。"),
    ("clause", "（3）会社の許可なく、他の会社の役員に就任しないこと。"),
    ("article", "第12条（副業・兼業）"),
    ("clause", "（1）従業員は、勤務時間外において、他の会社等の業務に従事することができる。"),
    ("clause", "（2）副業・兼業を行おうとする者は、開始日の30日前までに、所定の届出書を人事総務部"
               "に提出しなければならない。"),
    ("clause", "（3）次のいずれかに該当する場合、会社は副業・兼業を禁止し、又は制限することができる。"),
    ("item", "ア　労務提供上の支障がある場合"),
    ("item", "イ　企業秘密が漏洩する場合"),
    ("item", "ウ　競業により会社の利益を害する場合"),
    ("item", "エ　会社の名誉や信用を損なう行為がある場合"),
    ("chapter", "第5章　賃金"),
    ("article", "第13条（賃金の支払）"),
    ("clause", "（1）賃金は、毎月末日に締め切り、翌月25日に従業員が指定する本人名義の口座に振り込む。"),
    ("clause", "（2）支払日が休日に当たるときは、その前日に支払う。"),
    ("article", "第14条（通勤手当）"),
    ("clause", "（1）公共交通機関で通勤する者には、最も経済的な経路による6か月定期券の額を支給する。"
               "ただし、1か月あたり5万円を上限とする。"),
    ("clause", "（2）自家用車で通勤する者には、片道の通勤距離が2km以上の場合に限り、距離に応じて"
               "別表の額を支給する。"),
    ("note", "※3　本抜粋は2024年4月1日改定版に基づく。就業規則の全文及び別表は、社内ポータルの"
             "「規程集」で閲覧できる。"),
    ("note", "※4　条文の解釈や手続について不明な点は、人事総務部（内線2105）に問い合わせること。"),
]


def build_docx(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Century"
    normal.font.size = Pt(10.5)
    rpr = normal.element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), "ＭＳ 明朝")
    for sname in ("Title", "Heading 1"):
        s = d.styles[sname]
        s.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "ＭＳ ゴシック")

    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)

    for kind, content in HANDBOOK:
        if kind == "title":
            p = d.add_paragraph(content, style="Title")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "meta":
            p = d.add_paragraph(content)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "chapter":
            d.add_heading(content, level=1)
        elif kind == "article":
            p = d.add_paragraph()
            r = p.add_run(content)
            r.bold = True
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(0)
        elif kind == "clause":
            p = d.add_paragraph(content)
            p.paragraph_format.left_indent = Mm(7)
            p.paragraph_format.first_line_indent = Mm(-7)
            p.paragraph_format.space_after = Pt(0)
        elif kind == "item":
            p = d.add_paragraph(content)
            p.paragraph_format.left_indent = Mm(12)
            p.paragraph_format.space_after = Pt(0)
        elif kind == "text":
            p = d.add_paragraph(content)
            p.paragraph_format.first_line_indent = Mm(3.7)
            p.paragraph_format.space_after = Pt(0)
        elif kind == "note":
            p = d.add_paragraph()
            r = p.add_run(content)
            r.font.size = Pt(9)
            p.paragraph_format.left_indent = Mm(7)
            p.paragraph_format.first_line_indent = Mm(-7)
            p.paragraph_format.space_after = Pt(0)
        elif kind == "table":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for i, row in enumerate(content):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = val
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            widths = [Mm(55), Mm(25), Mm(75)]
            for row in t.rows:
                for j, cell in enumerate(row.cells):
                    cell.width = widths[j]
            d.add_paragraph()

    cp = d.core_properties
    fixed = datetime.datetime(2024, 4, 1, 9, 0, 0)
    cp.title = "就業規則（抜粋）"
    cp.author = "株式会社みなと精機 人事総務部"
    cp.last_modified_by = "人事総務部"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""

    raw = io.BytesIO()
    d.save(raw)
    raw.seek(0)
    zin = zipfile.ZipFile(raw)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------------------
# 3. faq.html
# ---------------------------------------------------------------------------

FAQ_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>よくある質問 | ぐるりんサイクル（みなみ野市シェアサイクル）</title>
<link rel="stylesheet" href="/assets/css/site.css">
<style>
  details { border-bottom: 1px solid #ddd; padding: .6em 0; }
  summary { font-weight: bold; cursor: pointer; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid #bbb; padding: .3em .6em; }
</style>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">ぐるりんサイクル</a>
  <nav>
    <ul>
      <li><a href="/">ホーム</a></li>
      <li><a href="/price/">料金プラン</a></li>
      <li><a href="/stations/">ステーション一覧</a></li>
      <li><a href="/faq/" aria-current="page">よくある質問</a></li>
      <li><a href="/contact/">お問い合わせ</a></li>
    </ul>
  </nav>
</header>

<main>
<nav class="breadcrumb"><a href="/">ホーム</a> &gt; よくある質問</nav>
<h1>よくある質問（FAQ）</h1>
<p>「ぐるりんサイクル」は、みなみ野市内の58か所のステーションで、電動アシスト自転車を24時間いつでも借りたり返したりできるシェアサイクルサービスです。<br>
お問い合わせの前に、まずはこちらのよくある質問をご確認ください。</p>

<section id="register">
<h2>ご利用登録について</h2>
<details>
<summary>Q. 何歳から利用できますか？</summary>
<div class="answer">
<p>満16歳以上で、ご本人名義のクレジットカードまたはスマートフォン決済をお持ちの方であればご登録いただけます。<br>
16歳未満の方は、保護者の方が同伴する場合でもご利用になれません。</p>
</div>
</details>
<details>
<summary>Q. 登録にはどれくらい時間がかかりますか？</summary>
<div class="answer">
<p>専用アプリ「ぐるりん」をダウンロードし、メールアドレスとお支払い方法を入力するだけで、<strong>約5分</strong>で登録が完了します。運転免許証などの本人確認書類は必要ありません。</p>
</div>
</details>
</section>

<section id="price">
<h2>料金・お支払いについて</h2>
<details open>
<summary>Q. 料金はいくらですか？</summary>
<div class="answer">
<p>料金プランは次の3種類です（税込）。</p>
<table>
  <thead>
    <tr><th>プラン</th><th>料金</th><th>内容</th></tr>
  </thead>
  <tbody>
    <tr><td>1回会員</td><td>最初の30分165円</td><td>以降30分ごとに110円</td></tr>
    <tr><td>1日パス</td><td>1,320円</td><td>購入から24時間、何度でも乗り放題</td></tr>
    <tr><td>月額会員</td><td>月額2,200円</td><td>毎回の利用で最初の60分が無料</td></tr>
  </tbody>
</table>
<p>月額会員が60分を超えて利用した場合は、超えた30分ごとに110円がかかります。詳しくは<a href="/price/">料金プランのページ</a>をご覧ください。</p>
</div>
</details>
<details>
<summary>Q. どんな支払い方法が使えますか？</summary>
<div class="answer">
<p>クレジットカード（VISA、Mastercard、JCB、American Express）と、主なスマートフォン決済がご利用いただけます。<strong>現金でのお支払いはできません。</strong></p>
</div>
</details>
</section>

<section id="ride">
<h2>借りる・返すについて</h2>
<details>
<summary>Q. 自転車はどうやって借りますか？</summary>
<div class="answer">
<p>アプリでお近くのステーションを選び、自転車のハンドル部分にあるQRコードをアプリで読み取ってください。後輪の鍵が自動で開き、すぐに乗り出せます。</p>
</div>
</details>
<details>
<summary>Q. 借りたステーションとは別の場所に返せますか？</summary>
<div class="answer">
<p>はい、市内のどのステーションにも返却できます。<br>
返却したいステーションが満車のときは、アプリの「返却延長」ボタンを押してください。15分間追加料金なしで、近くの空いているステーションを探すことができます。</p>
</div>
</details>
<details>
<summary>Q. 返却したのに、アプリの表示が「利用中」のままです。</summary>
<div class="answer">
<p>後輪の鍵がしっかり閉まっているかを確認し、ハンドルの返却ボタンを3秒間長押ししてください。それでも表示が変わらない場合は、下記のサポートセンターへお電話ください。</p>
</div>
</details>
<details>
<summary>Q. 雨や雪の日でも利用できますか？</summary>
<div class="answer">
<p>ご利用いただけますが、傘を差しながらの運転は法律で禁止されています。雨の日はレインコートをご用意ください。<br>
なお、台風や大雪などで市内に警報が出ている間は、安全のため貸出を一時停止します。</p>
</div>
</details>
</section>

<section id="trouble">
<h2>トラブル・その他</h2>
<details>
<summary>Q. 走行中にパンクや故障をしたときは？</summary>
<div class="answer">
<p>安全な場所に自転車を停め、アプリの「故障報告」から現在地を送信してください。スタッフが自転車を引き取りに伺います。<br>
この場合、故障を報告した時点までの料金のみ請求されます。</p>
</div>
</details>
<details>
<summary>Q. 事故にあったときはどうすればいいですか？</summary>
<div class="answer">
<p>まず警察（110番）に連絡し、その後サポートセンターへご連絡ください。すべての自転車に、<strong>対人・対物賠償が最大1億円</strong>の保険が付いています。</p>
</div>
</details>
<details>
<summary>Q. バッテリーの残量はどこで確認できますか？</summary>
<div class="answer">
<p>各自転車のバッテリー残量は、アプリのステーション画面に表示されます。残量が20％未満の自転車は貸し出しの対象外となり、スタッフが順次バッテリーを交換します。</p>
</div>
</details>
<details>
<summary>Q. 退会したいのですが。</summary>
<div class="answer">
<p>アプリの「アカウント設定」から「退会手続き」を選んでください。月額会員の方は、退会手続きをした月の末日までご利用いただけます。月の途中で退会した場合も、日割りでの返金はありません。</p>
</div>
</details>
</section>

<section id="contact">
<h2>お問い合わせ窓口</h2>
<table>
  <thead>
    <tr><th>窓口</th><th>受付時間</th><th>連絡先</th></tr>
  </thead>
  <tbody>
    <tr><td>サポートセンター（電話）</td><td>24時間・年中無休</td><td>000-1234-5678</td></tr>
    <tr><td>メールでのお問い合わせ</td><td>平日9時から18時まで順次回答</td><td><a href="/contact/form/">お問い合わせフォーム</a></td></tr>
    <tr><td>みなみ野駅東口窓口</td><td>10時から19時まで（水曜定休）</td><td>みなみ野駅東口 駐輪場1階</td></tr>
  </tbody>
</table>
</section>
</main>

<footer class="site-footer">
  <p><a href="/terms/">利用規約</a> ｜ <a href="/privacy/">プライバシーポリシー</a> ｜ <a href="/company/">運営会社</a></p>
  <p>運営：株式会社みなみ野モビリティ（架空の会社です）</p>
  <p><small>&copy; 2024 Minamino Mobility Inc.</small></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. essay.txt (Aozora Bunko style, Shift_JIS, CRLF)
# ---------------------------------------------------------------------------

ESSAY_LINES = [
    "柿の木と郵便受け",
    "岡野澄江",
    "",
    "-------------------------------------------------------",
    "【テキスト中に現れる記号について】",
    "",
    "《》：ルビ",
    "（例）軒下《のきした》",
    "",
    "｜：ルビの付く文字列の始まりを特定する記号",
    "（例）｜糸川町《いとかわまち》",
    "",
    "［＃］：入力者注　主に外字の説明や、傍点の位置の指定",
    "（例）［＃「届ける」に傍点］",
    "-------------------------------------------------------",
    "",
    "［＃３字下げ］一［＃「一」は中見出し］",
    "",
    "　私が育った｜糸川町《いとかわまち》は、山あいの小さな町である。家の裏には、祖母が嫁いで"
    "きた年に植えたという柿の木が一本あって、秋になると枝がしなるほど実をつけた。甘柿ではなく"
    "渋柿《しぶがき》だったから、そのままでは食べられない。祖母はそれを毎年干し柿にした。",
    "　干し柿づくりは、十一月の最初の日曜日と決まっていた。祖母と私は縁側に新聞紙を広げ、小刀"
    "で柿の皮を一つずつむいていく。むき終えた柿は、へたに残した小枝を麻ひもに結びつけ、十個ず"
    "つ連ねて軒下《のきした》に吊るした。十日ほどたって表面が乾いてきたら、指でやさしく揉んで"
    "やる。そうすると中の果肉がやわらかくなり、甘みが全体に回るのだと祖母は言った。吊るしてか"
    "らおよそ一か月、粉をふいて白っぽくなった頃が食べ頃だった。",
    "　柿を取るときも、祖母は決して全部は取らなかった。いちばん高い枝に二つ三つ残しておくので"
    "ある。子どもの私が「もったいない」と言うと、祖母は「あれは木守《きまも》りだよ」と答えた。"
    "来年もよく実るようにという願いと、冬を越す鳥たちへの分け前なのだという。雪の朝、その実を"
    "ついばみに来たヒヨドリを、祖母は台所の窓からうれしそうに眺めていた。",
    "",
    "［＃３字下げ］二［＃「二」は中見出し］",
    "",
    "　柿の木の下には、父が作った木の郵便受けが立っていた。父は私が小学校に上がった年から、大"
    "阪の造船所へ働きに出ていた。盆と正月にしか帰ってこない父と、私たちをつないでいたのは手紙"
    "だった。",
    "　郵便を配達してくれたのは、森さんという若い局員だった。森さんは毎日、午後二時を少し回っ"
    "た頃に、赤い自転車で坂を上ってきた。ブレーキのきしむ音が聞こえると、私は宿題を放り出して"
    "表へ駆けだしたものだ。雪の深い日には、森さんは自転車を坂の下に置いて、長靴で歩いて届けて"
    "くれた。",
    "　父の手紙は、いつも便箋二枚と決まっていた。一枚目には仕事や下宿のことが、二枚目には私へ"
    "の質問が並んでいた。そして封筒の底には必ず、造船所の近くで描いた小さな船の絵が一枚入って"
    "いた。私はその絵を、学習机の引き出しにしまっておいた。中学を卒業する頃には、引き出しはす"
    "っかり船でいっぱいになった。",
    "　返事を書くのは夜だった。祖母は字が上手ではないからと言って、いつも私に代筆を頼んだ。"
    "「柿がよく実った」「森さんが風邪をひいた」。祖母が口にする短い知らせを、私はできるだけ丁寧"
    "な字で便箋に写した。あの頃の私は、手紙とは、遠くにいる人にこちらの季節を届ける［＃「届け"
    "る」に傍点］ものだと思っていた。",
    "",
    "［＃３字下げ］三［＃「三」は中見出し］",
    "",
    "　その祖母も亡くなり、私はもう三十年近く｜東京《とうきょう》で暮らしている。父はとうに造"
    "船所を退き、いまは糸川町の家で一人、柿の木の世話をしている。",
    "　今年の秋、久しぶりに帰省した。坂の上の郵便局は五年前に閉じられ、建物はいま、町の集会所"
    "として使われているという。のぞいてみると、窓口のあった場所には長机が並び、壁には「糸川郵"
    "便局　昭和三十二年開局」と書かれた木の看板だけが残されていた。森さんは数年前に定年を迎え、"
    "いまは隣町で孫の世話に忙しいらしい。",
    "　家に戻ると、柿の木は相変わらず枝をしならせていた。父と二人で実をもぎ、祖母がしていたよ"
    "うに、いちばん高い枝に二つだけ残した。その晩、私は東京にいる娘に手紙を書いた。電話で話せ"
    "ば済むことかもしれない。けれども、封筒の底に小さな柿の絵を一枚しのばせながら、私は父の気"
    "持ちが少しだけわかったような気がした。",
    "",
    "",
    "",
    "底本：「柿の木と郵便受け」架空社文庫、架空社",
    "　　　2023（令和5）年10月1日第1刷発行",
    "※この作品は、評価用に書き下ろした架空の随筆です。実在の人物・地名・団体とは関係ありません。",
    "入力：kotae評価セット作成係",
    "校正：kotae評価セット作成係",
    "2024年5月1日作成",
    "この作品は評価用テキストとして、プロジェクトのライセンスのもとで公開されています。",
]


# ---------------------------------------------------------------------------
# 5. travel-guide.md
# ---------------------------------------------------------------------------

TRAVEL_MD = """---
title: "港町・汐見 半日さんぽガイド"
date: 2024-05-18
author: 汐見まち歩き案内所
tags: [汐見, 散歩, 灯台, 朝市, 日帰り]
description: 灯台と赤れんが倉庫、朝市をめぐる港町・汐見の歩き方ガイド
---

# 港町・汐見 半日さんぽガイド

汐見（しおみ）は、太平洋に突き出た半島の先にある小さな港町です。明治のころに貿易港として栄え、いまも赤れんがの倉庫や石畳の坂道が残っています。駅から主な見どころまではすべて歩いて回れるので、**半日あれば町の魅力をひととおり楽しめます**。

![汐見灯台と港の眺め](images/shiomi-lighthouse.jpg)

## アクセス

- 東京方面からは、特急「うしお号」で汐見口駅まで約1時間50分。汐見口駅でローカル線の汐見線に乗り換えて、終点の汐見駅まで25分です。
- 車の場合は、湾岸自動車道の汐見ICから約15分です。週末の午前中は朝市の客で港周辺の道が混み合うため、**町営の高台駐車場**に停めて歩くのがおすすめです。
- 汐見駅の観光案内所では、電動アシスト自転車を1日800円で借りられます（貸出は16時まで）。

> 汐見線の本数は1時間に1本程度です。帰りの時刻は、[汐見線の時刻表](https://example.jp/shiomi-line/timetable)で先に確かめておきましょう。

## 主な見どころ

### 汐見灯台

岬の先端に立つ白い灯台で、らせん階段を上った展望デッキからは太平洋を一望できます。展望デッキは西側にも開けているため、晴れた冬の日には閉館の少し前に富士山の向こうへ沈む夕日が見られます。

### 赤れんが倉庫（旧汐見税関）

かつての税関の倉庫を改装した建物で、地元の雑貨店やカフェ、小さなギャラリーが入っています。2階の展示室では、汐見港の古い写真や船の模型を無料で見学できます。

### 汐見朝市

漁港の前の広場で、日曜と祝日の朝だけ開かれる市場です。とれたての魚や干物、近くの農家の野菜など、40ほどの店が並びます。人気の店は8時ごろに売り切れてしまうので、早めに出かけましょう。

### 汐見坂（猫の坂）

港から灯台へ向かう約300mの石畳の坂です。坂の途中の石段に猫が集まることから、地元では「猫の坂」と呼ばれています。猫に食べ物を与えることは禁止されているので、見守るだけにしてください。

## 施設情報

| 施設 | アクセス | 開館時間 | 料金 |
|---|---|---|---|
| 汐見灯台 | 汐見駅から徒歩20分 | 9:00〜16:30（冬期は16:00まで） | 大人300円・中学生以下無料 |
| 赤れんが倉庫 | 汐見駅から徒歩8分 | 10:00〜18:00（火曜休館） | 入館無料 |
| 汐見朝市 | 汐見駅から徒歩5分 | 6:00〜10:00（日曜・祝日のみ） | 入場無料 |
| 海の資料館 | 汐見駅からバス7分、資料館前下車 | 9:30〜17:00（月曜休館） | 大人500円・高校生以下250円 |

## 半日モデルコース

1. 汐見朝市で海鮮丼の朝ごはん（7:30）
2. 赤れんが倉庫で雑貨とカフェを楽しむ（9:30）
3. 汐見坂を上って猫に会いに行く（11:00）
4. 汐見灯台の展望デッキから海を眺める（11:30）
5. 港の食堂で名物を味わって帰路へ（12:30）

## 汐見のグルメ

汐見に来たら、ぜひ食べてほしいのが名物の「黒コロッケ」です。イカ墨を練り込んだ黒いコロッケで、港の食堂や朝市の屋台で1個150円ほどで売られています。ほかにも、朝市の海鮮丼や、サバの干物を使った炊き込みご飯が人気です。

- **黒コロッケ**：港の食堂「かもめ亭」が発祥とされています
- **海鮮丼**：朝市の食堂コーナーで、その日にとれた魚を使います
- **サバ飯**：駅前の土産物店で、持ち帰り用の弁当も買えます

## 季節のイベント

毎年8月の第1土曜日には「汐見みなと祭り」が開かれ、夜には港の沖から約3,000発の花火が打ち上げられます。祭りの日は汐見線が臨時列車を走らせますが、帰りの駅はたいへん混み合います。

冬の名物は、1月から2月にかけて港の食堂で出される「あんこう鍋」です。寒さが厳しいぶん身が締まっておいしいと言われ、この時期だけ汐見を訪れる常連客も少なくありません。

## 歩くときの注意

- 坂道と石段が多いので、歩きやすい靴で出かけましょう。
- 灯台の展望デッキは風が強く、冬は体感温度がかなり低くなります。
- 朝市の周辺は、7時から10時まで車両通行止めになります。

> 「汐見の朝は早いですよ。朝市で一番いい魚を買いたいなら、7時前に来てください」
> ―― 汐見朝市 実行委員長・浜田 勇さん

この記事の情報は2024年5月時点のものです。最新の情報は[汐見町観光協会の公式サイト](https://example.jp/shiomi-kanko/)でご確認ください。お問い合わせは汐見まち歩き案内所（電話 000-222-3333）まで。
"""


# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

QUESTIONS = [
    # research-paper.pdf (b5-001..006)
    ("センサ1台を作るのに、だいたいいくらかかったんですか？", "ja", "fact", ["約4,800円"]),
    ("実験ではどこの橋にセンサを付けたの？", "ja", "section", ["北沢大橋、みどり橋、川端跨線橋"]),
    ("明け方の予測がずれやすかったのはどうしてですか", "ja", "why", ["夜間の放射冷却が考えられる"]),
    ("表1でMAEが1.12℃だったのはどの手法？", "ja", "table", ["重回帰モデル"]),
    ("How long did the batteries in each sensor last before they had to be replaced?", "en",
     "fact", ["約5か月動作した"]),
    ("「凍結のおそれあり」って、どういう条件のときに出るんでしょうか", "ja", "paraphrase",
     ["予測した路面温度が0℃以下", "相対湿度が85％以上の場合"]),
    # employee-handbook.docx (b5-007..012)
    ("お昼休みは何時から何時までですか？", "ja", "fact", ["正午から午後1時までの60分"]),
    ("結婚したときの特別休暇って、いつまでに取らないといけない？", "ja", "table",
     ["挙式又は入籍の日から6か月以内"]),
    ("有給を取りたいときは、どうやって申請すればいいですか", "ja", "howto",
     ["勤怠管理システムにより所属長に届け出", "取得日の3労働日前までに"]),
    ("How far in advance do I have to notify the company before starting a side job?", "en",
     "fact", ["開始日の30日前までに"]),
    ("会社が副業をやめさせられるのはどんな場合？", "ja", "list",
     ["労務提供上の支障がある場合", "企業秘密が漏洩する場合", "競業により会社の利益を害する場合"]),
    ("フレックスで働く場合でも、必ず勤務していないといけない時間帯はありますか", "ja",
     "paraphrase", ["午前10時から午後3時までとする"]),
    # faq.html (b5-013..018)
    ("月額会員だと、毎回何分まで無料で乗れるの？", "ja", "table", ["最初の60分が無料"]),
    ("何歳から使えますか？", "ja", "fact", ["満16歳以上"]),
    ("自転車の鍵ってどうやって開けるの？", "ja", "howto",
     ["QRコードをアプリで読み取って", "後輪の鍵が自動で開き"]),
    ("What should I do if the station where I want to return the bike is full?", "en", "howto",
     ["「返却延長」ボタンを押してください", "15分間追加料金なしで"]),
    ("台風の日に自転車が借りられなかったんですが、なぜですか", "ja", "why",
     ["安全のため貸出を一時停止します"]),
    ("走っている途中でパンクしちゃったら、料金はどうなる？", "ja", "paraphrase",
     ["報告した時点までの料金のみ請求されます"]),
    # essay.txt (b5-019..024)
    ("郵便屋さんは毎日何時ごろ来ていたの？", "ja", "fact", ["午後二時を少し回った頃"]),
    ("おばあさんが柿を全部取らずに少し残しておいたのはなぜですか", "ja", "why",
     ["来年もよく実るようにという願い", "冬を越す鳥たちへの分け前"]),
    ("干し柿ってどうやって作るんですか？", "ja", "howto",
     ["へたに残した小枝を麻ひもに結びつけ", "指でやさしく揉んでやる"]),
    ("Where did the writer's father work?", "en", "fact", ["大阪の造船所へ働きに出ていた"]),
    ("お父さんの手紙にいつも同封されていたものは何？", "ja", "paraphrase",
     ["造船所の近くで描いた小さな船の絵"]),
    ("三の章で、筆者が帰省したとき郵便局の建物はどうなっていましたか", "ja", "section",
     ["町の集会所として使われている"]),
    # travel-guide.md (b5-025..030)
    ("灯台に入るのにいくらかかりますか？", "ja", "table", ["大人300円・中学生以下無料"]),
    ("朝市って毎日やってるの？", "ja", "fact", ["日曜と祝日の朝だけ開かれる", "6:00〜10:00（日曜・祝日のみ）"]),
    ("東京から電車で行くにはどうすればいい？", "ja", "howto",
     ["特急「うしお号」で汐見口駅まで約1時間50分", "汐見線に乗り換えて"]),
    ("汐見坂が「猫の坂」と呼ばれているのはなぜですか", "ja", "why",
     ["坂の途中の石段に猫が集まることから"]),
    ("What is the local specialty food I should try there?", "en", "fact",
     ["イカ墨を練り込んだ黒いコロッケ", "名物の「黒コロッケ」"]),
    ("モデルコースだと、最初はどこで何をするの？", "ja", "section",
     ["汐見朝市で海鮮丼の朝ごはん"]),
    # near misses (b5-031..036)
    ("センサに使ったマイコンの型番は何ですか？", "ja", "unanswerable", []),
    ("GBDTの学習にはどれくらい時間がかかったの？", "ja", "unanswerable", []),
    ("育児休業は子どもが何歳になるまで取れますか", "ja", "unanswerable", []),
    ("電動アシストのバッテリーは満充電で何キロくらい走れる？", "ja", "unanswerable", []),
    ("おばあさんは何歳で亡くなったのですか", "ja", "unanswerable", []),
    ("朝市では現金しか使えませんか？", "ja", "unanswerable", []),
]

# which document each question is about (also for the near misses)
QUESTION_DOCS = (["research-paper.pdf"] * 6 + ["employee-handbook.docx"] * 6
                 + ["faq.html"] * 6 + ["essay.txt"] * 6 + ["travel-guide.md"] * 6
                 + ["research-paper.pdf", "research-paper.pdf", "employee-handbook.docx",
                    "faq.html", "essay.txt", "travel-guide.md"])


def write_questions(path):
    lines = []
    for i, (q, lang, kind, answers) in enumerate(QUESTIONS, 1):
        obj = {"id": "b5-%03d" % i, "question": q, "lang": lang, "kind": kind,
               "answers": answers, "unanswerable": kind == "unanswerable"}
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    os.makedirs(DOCS, exist_ok=True)
    build_pdf(os.path.join(DOCS, "research-paper.pdf"))
    build_docx(os.path.join(DOCS, "employee-handbook.docx"))
    with open(os.path.join(DOCS, "faq.html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(FAQ_HTML)
    with open(os.path.join(DOCS, "essay.txt"), "wb") as f:
        f.write("\r\n".join(ESSAY_LINES + [""]).encode("shift_jis"))
    with open(os.path.join(DOCS, "travel-guide.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(TRAVEL_MD)
    write_questions(os.path.join(HERE, "..", "blind-5.jsonl"))


if __name__ == "__main__":
    main()
