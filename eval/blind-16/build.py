#!/usr/bin/env python3
"""Rebuild the five blind-16 documents deterministically.

usage: python build.py [outdir]   (default: docs/)
All content is invented (people, companies, places, phone numbers, products).
"""
import io
import os
import re
import sys
import zipfile
import datetime

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# 1. PDF: 学会予稿
# ---------------------------------------------------------------------------
CONF = "第32回 日本生活支援工学会 秋季大会 講演予稿集（2024年9月・北湊）"

PDF_P1 = [
    ("title", "音声と光を併用した施設内歩行誘導の試行評価"),
    ("etitle", "A Pilot Evaluation of Combined Voice and Light Guidance for Indoor Walking in a Care Facility"),
    ("authors", "○山科 千尋（北湊大学），大庭 恵介（北湊大学大学院），桑折 直美（社会福祉法人みなと苑）"),
    ("kw", "キーワード：歩行誘導，音声案内，光誘導，介護老人福祉施設，高齢者"),
    ("abshead", "要旨"),
    ("abs", "本研究では，介護老人福祉施設の入居者を対象に，音声案内と床面の光誘導を組み合わせた歩行誘導の効果を検討した。入居者24名が四つの条件で食堂から浴室までの経路を歩行し，到達時間，迷い回数，主観的満足度を測定した。その結果，音声と光を併用した条件で到達時間が最も短く，迷い回数も少なかった。一方，光のみの条件では満足度が低い傾向がみられた。"),
    ("h", "1. はじめに"),
    ("p", "介護施設では，入居者が居室から食堂や浴室へ移動する際に道に迷い，職員が付き添う場面が少なくない。特に認知機能の低下がみられる入居者にとって，壁面の案内表示だけでは目的地を把握しにくいことが指摘されている[1]。"),
    ("p", "これまで音声による案内装置の導入例は報告されているが[2]，聴力の低下した入居者には効果が限られるという課題があった。そこで本研究では，足元を照らす光の帯で進行方向を示す「光誘導」[3]を音声案内に組み合わせ，両者の効果を比較した。"),
    ("h", "2. 方法"),
    ("h2", "2.1 参加者"),
    ("p", "参加者は男性9名，女性15名の計24名で，平均年齢は84.2歳であった。全員が杖または歩行車を用いて自力で歩行できる方であった。参加にあたっては本人および家族に説明を行い，書面で同意を得た。本研究は北湊大学倫理審査委員会の承認（承認番号 HM-2023-118）を受けて実施した。"),
    ("h2", "2.2 装置"),
    ("p", "音声案内には市販のスマートスピーカーを改造した装置を用い，曲がり角の手前2mで「右に曲がります」などの短い案内を流した。光誘導には廊下の床から高さ10cmの位置に設置したLEDテープを用い，参加者の進行に合わせて青色の光が前方へ流れるように制御した。"),
    ("fig", ("図1 実験経路の概略", "route", 150)),
]

PDF_P2 = [
    ("h2", "2.3 手続き"),
    ("p", "各参加者は，食堂から浴室までの約45mの経路を，案内なし，音声のみ，光のみ，音声＋光の4条件で1回ずつ歩行した。条件の順序は参加者ごとに入れ替えた。到達時間はビデオ映像から計測し，迷い回数は経路から2m以上外れた回数とした。歩行後には満足度を5段階で尋ねた。"),
    ("h", "3. 結果"),
    ("p", "表1に条件ごとの平均値を示す。到達時間は音声＋光条件が最も短く，案内なし条件と比べて約3割短縮した。迷い回数についても同様の傾向がみられた。"),
    ("p", "個人ごとにみると，案内なし条件で一度以上迷った参加者は24名中17名であったが，音声＋光条件では7名にとどまった。迷った地点は，浴室手前の二又に分かれる廊下に集中していた。"),
    ("table", ("表1 条件別の平均値（n=24）",
               ["条件", "到達時間(秒)", "迷い回数", "満足度"],
               [["案内なし", "59.6", "1.8", "2.9"],
                ["音声のみ", "48.3", "0.9", "3.8"],
                ["光のみ", "50.7", "1.2", "3.1"],
                ["音声＋光", "41.8", "0.4", "4.3"]])),
    ("fig", ("図2 条件別の到達時間（平均）", "bars", 120)),
    ("p", "満足度は音声＋光条件で最も高かった。光のみ条件では，到達時間は案内なし条件より短かったものの，満足度は低くとどまった。"),
    ("p", "自由回答では「光が先に進んでくれるので安心」という声があった一方，光のみ条件で「まぶしくて足元が見えにくい」との指摘が3件あった。"),
    ("h", "4. 考察"),
    ("p", "音声＋光条件で迷い回数が減少したのは，曲がり角の手前で音声が注意を促し，その直後に光が進む方向を具体的に示すという役割分担が生じたためと考えられる。"),
    ("p", "音声のみ条件でも迷い回数は減少したが，聞き返しや立ち止まりが多く，到達時間の短縮は音声＋光条件に及ばなかった。先行研究[2]でも，音声案内は情報量が多くなると高齢者の負担になりやすいことが報告されており，本研究の結果はこれと整合する。"),
    ("p", "光のみ条件で満足度が低かった点については，案内の意図が言葉で伝わらないことによる不安が一因と考えられる。職員への聞き取りでも，光だけでは何のための光か分からずに戸惑う入居者がいたことが報告された。"),
    ("p", "本研究の限界として，試行が日中に限られ，夜間の照度条件では検証していない点がある。また，参加者数が少なく，認知機能の程度による効果の違いは分析できなかった。"),
    ("h", "5. まとめ"),
    ("p", "音声案内と光誘導を併用することで，施設内の歩行誘導の効率と満足度が向上する可能性が示された。今後は夜間の試行と，光の色や明るさの調整を進める予定である。"),
    ("h2", "謝辞"),
    ("p", "本研究にご協力いただいたみなと苑の入居者および職員の皆様に感謝する。本研究は北湊地域福祉振興財団の研究助成を受けた。"),
    ("h", "参考文献"),
    ("ref", "[1] 有馬 光一：介護施設における案内表示の視認性，生活支援工学誌，Vol.18，pp.45–52，2019．"),
    ("ref", "[2] 城ヶ崎 玲：認知症高齢者向け音声案内装置の開発，福祉機器研究，Vol.7，pp.101–108，2021．"),
    ("ref", "[3] 篠原 大樹：床面発光による歩行誘導の基礎検討，照明技術報告，No.62，pp.9–14，2022．"),
]

NO_START = set("、。，．）」』】・ー")


def build_pdf(path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    MIN, GO = "HeiseiMin-W3", "HeiseiKakuGo-W5"
    W, H = A4
    LM, RM, TOP, BOT = 50, 50, 70, 60

    def wrap(text, font, size, width, indent=0.0):
        toks = re.findall(r"[A-Za-z0-9][A-Za-z0-9.,\-/:=]*|.", text)
        lines, cur, avail = [], "", width - indent
        for t in toks:
            if pdfmetrics.stringWidth(cur + t, font, size) <= avail or not cur or \
                    (len(t) == 1 and t in NO_START):
                cur += t
            else:
                lines.append(cur)
                cur, avail = t, width
        if cur:
            lines.append(cur)
        return lines

    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("音声と光を併用した施設内歩行誘導の試行評価")
    c.setAuthor("山科 千尋")
    c.setSubject(CONF)
    c.setCreator("blind16 build.py")
    state = {"page": 0}

    def header_footer():
        state["page"] += 1
        c.setFont(MIN, 8)
        c.drawString(LM, H - 40, CONF)
        c.line(LM, H - 45, W - RM, H - 45)
        c.drawCentredString(W / 2, 32, "- %d -" % state["page"])

    def flow(blocks, frames):
        fi = 0
        x, fw = frames[0]
        y = H - TOP

        def need(h):
            nonlocal fi, x, fw, y
            if y - h < BOT:
                fi += 1
                if fi >= len(frames):
                    raise RuntimeError("content overflows page")
                x, fw = frames[fi]
                y = H - TOP

        for kind, val in blocks:
            if kind == "title":
                c.setFont(GO, 15)
                y -= 22
                c.drawCentredString(W / 2, y, val)
                y -= 6
            elif kind == "etitle":
                c.setFont("Times-Roman", 10.5)
                y -= 15
                c.drawCentredString(W / 2, y, val)
                y -= 8
            elif kind == "authors":
                for ln in wrap(val, MIN, 9.5, fw - 40):
                    y -= 14
                    c.setFont(MIN, 9.5)
                    c.drawCentredString(W / 2, y, ln)
                y -= 4
            elif kind == "kw":
                y -= 14
                c.setFont(MIN, 8.5)
                c.drawString(x + 20, y, val)
                y -= 6
            elif kind == "abshead":
                y -= 14
                c.setFont(GO, 9.5)
                c.drawString(x + 20, y, val)
            elif kind == "abs":
                for i, ln in enumerate(wrap(val, MIN, 9, fw - 40, indent=9)):
                    y -= 13
                    c.setFont(MIN, 9)
                    c.drawString(x + 20 + (9 if i == 0 else 0), y, ln)
                y -= 6
                c.line(LM, y, W - RM, y)
                y -= 4
            elif kind in ("h", "h2"):
                size = 10.5 if kind == "h" else 9.5
                need(44)
                y -= 8 if kind == "h" else 4
                y -= size + 4
                c.setFont(GO, size)
                c.drawString(x, y, val)
            elif kind == "p":
                size = 9
                lines = wrap(val, MIN, size, fw, indent=size)
                for i, ln in enumerate(lines):
                    need(13)
                    y -= 13
                    c.setFont(MIN, size)
                    c.drawString(x + (size if i == 0 else 0), y, ln)
            elif kind == "ref":
                size = 8.5
                lines = wrap(val, MIN, size, fw - 12)
                for i, ln in enumerate(lines):
                    need(12)
                    y -= 12
                    c.setFont(MIN, size)
                    c.drawString(x + (0 if i == 0 else 12), y, ln)
            elif kind == "fig":
                cap, typ, fh = val
                need(fh + 24)
                y -= fh + 6
                bx, bw = x + fw * 0.1, fw * 0.8
                c.setLineWidth(0.5)
                c.rect(bx, y, bw, fh)
                c.setFont(GO, 7.5)
                if typ == "route":
                    c.rect(bx + 15, y + fh - 50, 70, 35)
                    c.drawCentredString(bx + 50, y + fh - 36, "食堂")
                    c.rect(bx + bw - 85, y + 15, 70, 35)
                    c.drawCentredString(bx + bw - 50, y + 29, "浴室")
                    c.rect(bx + bw / 2 - 40, y + fh - 50, 80, 35)
                    c.drawCentredString(bx + bw / 2, y + fh - 36, "居室棟")
                    c.setDash(3, 2)
                    c.line(bx + 50, y + fh - 50, bx + 50, y + 70)
                    c.line(bx + 50, y + 70, bx + bw - 50, y + 70)
                    c.line(bx + bw - 50, y + 70, bx + bw - 50, y + 50)
                    c.setDash()
                    c.drawString(bx + 60, y + 76, "LEDテープ設置区間")
                    c.circle(bx + 50, y + 70, 3)
                    c.drawString(bx + 56, y + 58, "曲がり角（音声案内）")
                else:
                    labels = ["案内なし", "音声のみ", "光のみ", "音声＋光"]
                    heights = [0.82, 0.66, 0.70, 0.57]
                    slot = (bw - 30) / 4
                    for k, (lab, hh) in enumerate(zip(labels, heights)):
                        lx = bx + 20 + k * slot
                        c.rect(lx + slot * 0.25, y + 18, slot * 0.5, (fh - 30) * hh, fill=1 if k == 3 else 0)
                        c.drawCentredString(lx + slot / 2, y + 6, lab)
                c.setFont(GO, 8.5)
                y -= 14
                c.drawCentredString(x + fw / 2, y, cap)
                y -= 4
            elif kind == "table":
                cap, head, rows = val
                need(14 * (len(rows) + 3))
                y -= 16
                c.setFont(GO, 8.5)
                c.drawCentredString(x + fw / 2, y, cap)
                y -= 6
                colw = [fw * 0.28, fw * 0.28, fw * 0.22, fw * 0.22]
                c.setLineWidth(0.8)
                c.line(x, y, x + fw, y)
                for ri, row in enumerate([head] + rows):
                    y -= 13
                    cx = x
                    for ci, cell in enumerate(row):
                        c.setFont(GO if ri == 0 else MIN, 8.5)
                        if ci == 0:
                            c.drawString(cx + 3, y + 3, cell)
                        else:
                            c.drawCentredString(cx + colw[ci] / 2, y + 3, cell)
                        cx += colw[ci]
                    if ri == 0:
                        c.setLineWidth(0.5)
                        c.line(x, y - 1, x + fw, y - 1)
                    y -= 1
                c.setLineWidth(0.8)
                c.line(x, y - 2, x + fw, y - 2)
                c.setLineWidth(1)
                y -= 6

    # page 1: single column
    header_footer()
    flow(PDF_P1, [(LM, W - LM - RM)])
    c.showPage()
    # page 2: two columns
    header_footer()
    gap = 18
    cw = (W - LM - RM - gap) / 2
    flow(PDF_P2, [(LM, cw), (LM + cw + gap, cw)])
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 2. DOCX: 利用規約
# ---------------------------------------------------------------------------
TOS = [
    ("title", "クラウドノート「メモリア」利用規約"),
    ("p", "この利用規約（以下「本規約」といいます。）は，株式会社ソラマチ技研（以下「当社」といいます。）が提供するクラウドノートサービス「メモリア」（以下「本サービス」といいます。）の利用条件を定めるものです。利用者の皆様には，本規約に従って本サービスをご利用いただきます。"),
    ("h1", "第1章　総則"),
    ("h2", "第1条（目的）"),
    ("p", "本規約は，本サービスの利用に関する当社と利用者との間の権利義務関係を定めることを目的とします。"),
    ("h2", "第2条（定義）"),
    ("p", "本規約において使用する用語の定義は，次のとおりとします。"),
    ("p", "１　「利用者」とは，本規約に同意のうえ，本サービスのアカウントを登録した個人または法人をいいます。"),
    ("p", "２　「コンテンツ」とは，利用者が本サービスに保存したテキスト，画像，音声その他のデータをいいます。"),
    ("p", "３　「有料プラン」とは，第7条に定めるプランのうち月額料金が発生するものをいいます。"),
    ("h2", "第3条（本規約の変更）"),
    ("p", "１　当社は，必要と判断した場合には，利用者に事前に通知することにより本規約を変更できるものとします。"),
    ("p", "２　変更後の本規約は，当社ウェブサイトに掲載した日から14日を経過した時点で効力を生じます。"),
    ("h1", "第2章　アカウント"),
    ("h2", "第4条（登録）"),
    ("p", "１　本サービスの利用を希望する者は，当社所定の方法により登録を申請するものとします。"),
    ("p", "２　当社は，申請者が過去に本規約に違反したことがある場合など，登録を適当でないと判断したときは，登録を承認しないことがあります。"),
    ("h2", "第5条（未成年者の利用）"),
    ("p", "未成年者が本サービスを利用する場合は，あらかじめ親権者など法定代理人の同意を得なければなりません。ただし，13歳未満の方は有料プランを申し込むことはできません。"),
    ("h2", "第6条（パスワードの管理）"),
    ("p", "１　利用者は，自己の責任においてパスワードを適切に管理するものとします。"),
    ("p", "２　パスワードの漏えいにより生じた損害について，当社は，当社に故意または重大な過失がある場合を除き，責任を負いません。"),
    ("h1", "第3章　料金および支払"),
    ("h2", "第7条（料金プラン）"),
    ("p", "本サービスの料金プランは次の表のとおりとします。表中の料金はすべて消費税込みの金額です。"),
    ("table", [["プラン", "月額料金", "保存容量", "共有メンバー", "1ファイルの上限"],
               ["フリー", "0円", "2GB", "3名まで", "10MB"],
               ["ライト", "480円", "30GB", "10名まで", "100MB"],
               ["スタンダード", "980円", "200GB", "30名まで", "500MB"],
               ["ビジネス", "2,980円", "1TB", "無制限", "1GB"]]),
    ("h2", "第8条（支払方法）"),
    ("p", "１　有料プランの料金は，クレジットカードまたは当社が指定する決済サービスにより，毎月1日に当月分を前払いで支払うものとします。"),
    ("p", "２　ビジネスプランに限り，請求書による銀行振込を選択できます。この場合の振込手数料は利用者の負担とします。"),
    ("h2", "第9条（解約）"),
    ("p", "１　利用者は，本サービスの設定画面にある「プランの変更・解約」から，いつでも有料プランを解約できます。"),
    ("p", "２　月の途中で解約した場合でも，当月分の料金について日割りによる返金は行いません。"),
    ("p", "３　解約後，フリープランの保存容量を超えるコンテンツは，解約日から30日間保管した後に削除されます。"),
    ("h1", "第4章　禁止事項"),
    ("h2", "第10条（禁止事項）"),
    ("p", "利用者は，本サービスの利用にあたり，次の各号に該当する行為をしてはなりません。"),
    ("p", "１　法令または公序良俗に違反する行為"),
    ("p", "２　他人になりすまして本サービスを利用する行為"),
    ("p", "３　本サービスのサーバーまたはネットワークに過度の負荷をかける行為"),
    ("p", "４　アカウントを第三者に譲渡し，または貸与する行為"),
    ("p", "５　その他，当社が不適切と判断する行為"),
    ("h1", "第5章　雑則"),
    ("h2", "第11条（サービスの停止）"),
    ("p", "当社は，システムの保守点検を行う場合，事前に通知のうえ本サービスの全部または一部を一時停止できます。ただし，緊急の場合は事後の通知とすることがあります。"),
    ("h2", "第12条（免責）"),
    ("p", "当社は，本サービスに保存されたコンテンツの消失について，定期的なバックアップを行う努力義務を負うほかは，責任を負いません。"),
    ("h2", "第13条（準拠法および管轄）"),
    ("p", "本規約の準拠法は日本法とし，本サービスに関して紛争が生じた場合は，東京地方裁判所を第一審の専属的合意管轄裁判所とします。"),
    ("h1", "附則"),
    ("p", "本規約は，2021年6月1日から施行します。"),
    ("p", "2023年10月1日改定"),
    ("p", "2025年4月1日改定（第7条の料金プランを変更）"),
    ("p", "株式会社ソラマチ技研　カスタマーサポート　support@memoria-soramachi.example（受付時間：平日10時〜18時）"),
]

FIXED_DT = datetime.datetime(2025, 3, 14, 9, 0, 0)


def build_docx(path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.title = "メモリア利用規約"
    cp.author = "株式会社ソラマチ技研"
    cp.last_modified_by = "株式会社ソラマチ技研"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 3
    cp.comments = ""
    cp.keywords = "利用規約"
    cp.subject = "利用規約"
    cp.category = ""
    for kind, val in TOS:
        if kind == "title":
            d.add_heading(val, 0)
        elif kind == "h1":
            d.add_heading(val, 1)
        elif kind == "h2":
            d.add_heading(val, 2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(val):
                for ci, cell in enumerate(row):
                    para = t.cell(ri, ci).paragraphs[0]
                    run = para.add_run(cell)
                    if ri == 0:
                        run.bold = True
    buf = io.BytesIO()
    d.save(buf)
    # normalise zip
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        names = src.namelist()
        first = ["[Content_Types].xml"] if "[Content_Types].xml" in names else []
        for name in first + sorted(n for n in names if n not in first):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, src.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# 3. HTML: 地域ニュース記事
# ---------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>市営バス「北循環線」来年3月で廃止へ　予約制の乗り合い交通に移行｜鷺沼タイムス</title>
<meta name="description" content="鷺沼市は市営バス北循環線の廃止と、予約制乗り合い交通への移行を発表した。">
<meta property="og:type" content="article">
<meta property="og:title" content="市営バス「北循環線」来年3月で廃止へ">
<meta property="og:site_name" content="鷺沼タイムス">
<meta property="og:url" content="https://www.saginuma-times.example/news/2024/11/14/kita-junkan/">
<meta property="og:image" content="https://www.saginuma-times.example/img/2024/1114_bus.jpg">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/css/main.css?v=20241101">
<link rel="canonical" href="https://www.saginuma-times.example/news/2024/11/14/kita-junkan/">
<script async src="https://ads.example-adnet.example/tag.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-XXXX000000');
</script>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"市営バス北循環線、来年3月で廃止へ","datePublished":"2024-11-14T18:30:00+09:00","author":{"@type":"Person","name":"田村 一葉"}}
</script>
</head>
<body class="article-page">
<header class="site-header">
  <div class="logo"><a href="/"><img src="/assets/img/logo.svg" alt="鷺沼タイムス"></a></div>
  <p class="tagline">鷺沼市・北鷺町の地域ニュース</p>
  <nav class="global-nav">
    <ul>
      <li><a href="/">トップ</a></li>
      <li><a href="/category/shisei/">市政</a></li>
      <li><a href="/category/chiiki/">地域</a></li>
      <li><a href="/category/kurashi/">くらし</a></li>
      <li><a href="/category/sports/">スポーツ</a></li>
      <li><a href="/category/event/">イベント</a></li>
      <li><a href="/okuyami/">おくやみ</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumbs"><a href="/">トップ</a> &gt; <a href="/category/chiiki/">地域</a> &gt; <span>鷺沼市</span></div>
<main class="container">
<article class="news-article">
  <h1>市営バス「北循環線」来年3月で廃止へ　4月から予約制の乗り合い交通に</h1>
  <div class="byline">
    <span class="author">文・写真　田村 一葉</span>
    <time datetime="2024-11-14T18:30:00+09:00">2024年11月14日 18:30</time>
    <span class="updated">（11月15日 9:10 更新）</span>
  </div>
  <figure>
    <img src="/img/2024/1114_bus.jpg" alt="鷺沼駅前の停留所に停まる北循環線のバス">
    <figcaption>鷺沼駅前の停留所に停まる北循環線のバス＝13日、鷺沼市本町</figcaption>
  </figure>
  <p class="lead">鷺沼市は14日、市営バス北循環線を2025年3月31日の運行をもって廃止し、4月1日から予約制の乗り合い交通「さぎのる」に切り替えると発表した。沿線の高台団地や北部の農村地区を結ぶ路線で、開業から38年で幕を下ろすことになる。</p>
  <p>北循環線は1987年、鷺沼駅前を起点に緑ヶ丘団地、市民病院、北部支所などを回る路線として開業した。最盛期には1日40便近くが運行されていたが、現在は平日18便、土日祝日は12便にまで減っている。</p>
  <p>市交通政策課の松前浩司課長は「運転手の確保が年々難しくなり、今のダイヤを維持できなくなった。利用の少ない時間帯に空のバスを走らせるより、必要な人の所へ車を向かわせる方が地域のためになると判断した」と説明する。</p>
  <h2>利用者は10年で半減</h2>
  <p>市によると、北循環線の1日平均利用者数は10年前のおよそ半分にまで落ち込んだ。免許を返納した高齢者が増える一方、沿線の人口そのものが減っていることが響いているという。</p>
  <table class="data">
    <caption>北循環線の利用状況（鷺沼市交通政策課まとめ）</caption>
    <thead><tr><th>年度</th><th>1日平均利用者数</th><th>平日の便数</th></tr></thead>
    <tbody>
      <tr><td>2014年度</td><td>612人</td><td>32便</td></tr>
      <tr><td>2017年度</td><td>488人</td><td>28便</td></tr>
      <tr><td>2020年度</td><td>331人</td><td>22便</td></tr>
      <tr><td>2023年度</td><td>297人</td><td>18便</td></tr>
    </tbody>
  </table>
  <h2>新サービス「さぎのる」の概要</h2>
  <ul class="facts">
    <li>運行時間：午前7時半〜午後7時（年末年始を除く毎日）</li>
    <li>運賃：1回300円（中学生以下と障害者手帳をお持ちの方は150円）</li>
    <li>予約：利用する日の前日午後5時まで、電話または専用アプリで受け付け</li>
    <li>車両：ワゴン型車両4台（定員9人）</li>
  </ul>
  <p>乗り降りできるのは、市内に約120か所設ける「ミーティングポイント」と呼ばれる乗降場所に限られる。現在のバス停の多くもそのまま使われる予定だ。</p>
  <p>緑ヶ丘団地に住む浜野トシ子さん（78）は「週に2回、市民病院に通うのにバスを使っている。前の日に予約するのは慣れないけれど、家の近くまで来てくれるなら助かる」と話した。</p>
  <p>一方、北部地区の自治会長を務める岩城茂さん（71）は「電話がつながりにくかったり、病院の帰りの時間が読めなかったりしたら困る。高齢者でも使いやすい仕組みにしてほしい」と注文をつけた。</p>
  <p>市は12月7日と8日の両日、北部支所と緑ヶ丘集会所で住民説明会を開く。運行を委託する地元のタクシー会社「鷺沼交通」の担当者も出席し、予約の方法などを説明する。問い合わせは市交通政策課（0479-55-2180）へ。</p>
  <div class="share">
    <span>この記事をシェア</span>
    <a class="share-x" href="#">Xでポスト</a>
    <a class="share-line" href="#">LINEで送る</a>
    <a class="share-fb" href="#">Facebook</a>
    <button type="button" class="copy-url">URLをコピー</button>
  </div>
</article>
<aside class="sidebar">
  <section class="related">
    <h3>関連記事</h3>
    <ul>
      <li><a href="/news/2024/10/30/ekimae/">鷺沼駅前ロータリー、来春に改修工事へ</a></li>
      <li><a href="/news/2024/10/02/hospital/">市民病院、外来受付の時間を変更　11月から</a></li>
      <li><a href="/news/2024/09/18/school/">北部地区の小学校2校、2026年度に統合</a></li>
      <li><a href="/news/2024/08/25/komugido/">パン店「こむぎ堂」閉店　42年の歴史に幕</a></li>
    </ul>
  </section>
  <div class="ad-block">
    <span class="ad-label">広告</span>
    <a href="https://ads.example-adnet.example/click?id=8841"><img src="/ads/shinkin_banner.png" alt="鷺沼信用金庫 住宅ローン 金利優遇キャンペーン"></a>
  </div>
  <section class="ranking">
    <h3>アクセスランキング</h3>
    <ol>
      <li><a href="/news/2024/11/12/matsuri/">北鷺町の秋祭り、4年ぶりに山車が巡行</a></li>
      <li><a href="/news/2024/11/10/road/">県道の拡幅工事、年度内に完了の見通し</a></li>
      <li><a href="/news/2024/11/08/library/">市立図書館、日曜の開館時間を延長</a></li>
    </ol>
  </section>
  <div class="ad-block">
    <span class="ad-label">広告</span>
    <p>地元の求人なら「さぎぬまワーク」</p>
  </div>
</aside>
</main>
<footer class="site-footer">
  <ul class="footer-links">
    <li><a href="/about/">会社概要</a></li>
    <li><a href="/privacy/">個人情報の取り扱い</a></li>
    <li><a href="/ad/">広告掲載について</a></li>
    <li><a href="/contact/">お問い合わせ</a></li>
  </ul>
  <p class="copyright">&copy; 2024 鷺沼タイムス社 All rights reserved.</p>
  <p class="notice">本サイトに掲載の記事・写真の無断転載を禁じます。</p>
</footer>
<script src="/assets/js/main.js?v=20241101"></script>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 4. Markdown: 社内wiki
# ---------------------------------------------------------------------------
MD = """---
title: 機材貸出の手順（ノートPC・周辺機器）
owner: 情報システム部 ヘルプデスク
updated: 2025-02-10
tags: [it, 貸出, 手順]
---

# 機材貸出の手順（ノートPC・周辺機器）

> **Note:** このページは社内向けです。社外の方への共有はしないでください。最新の在庫状況は [貸出管理シート](https://intra.kumogawa-sys.example/lend/sheet) で確認できます。

## 概要

出張やリモート会議、検証作業などで一時的に機材が必要な社員向けに、情報システム部が予備の機材を貸し出しています。貸出の申請から返却まで、このページの手順に沿って進めてください。

## 対象者と条件

- **対象者**: 正社員・契約社員・派遣社員（派遣社員は所属長の承認が必要）
- **貸出期間**: 機材ごとに上限があります（下表）。延長は1回まで、延長できる日数は最長14日間です。
- **受け取り時間**: 平日10:00〜17:00（12:00〜13:00は除く）
- **注意**: 私物PCへのデータ移行作業はヘルプデスクでは行っていません

## 貸出できる機材

| 機材 | 在庫 | 最長貸出期間 | 保管場所 |
|---|---|---|---|
| ノートPC（検証用） | 6台 | 30日 | 3F 情報システム室 キャビネットA |
| モバイルモニター 15.6型 | 4台 | 21日 | 3F 情報システム室 キャビネットB |
| Web会議用スピーカーフォン | 5台 | 7日 | 2F 総務カウンター |
| ポケットWi-Fi | 8台 | 10日 | 1F 受付横ロッカー |

## 申請手順

1. 社内ポータルの「申請・ワークフロー」から `機材貸出申請` フォームを開きます。
2. 機材名、利用目的、返却予定日を入力し、所属長を承認者に指定して送信します。
3. 承認されると、Slack の `#it-helpdesk` チャンネルに受付番号（例: `LND-0412`）が届きます。
4. 受け取りのときは、受付番号と社員証を窓口で見せてください。
5. 受け取った当日中に起動確認をして、不具合があれば翌営業日までに `#it-helpdesk` へ連絡してください。

期間を延ばしたいときは、返却予定日の2営業日前までに、Slack で次のコマンドを実行して申請します。

```
/lend extend LND-0412 --days 7 --reason "検証期間の延長"
```

## 返却のしかた

返却は受け取った場所と同じ窓口で行います。返却前に、次の点を確認してください。

- **データ消去**: 作業ファイルは共有ドライブに移し、ローカルのデータはすべて削除する
- **付属品**: ACアダプター、ケーブル、収納ケースがそろっているか確認する
- **サインアウト**: 個人のアカウント（Google、Slack など）からサインアウトしておく

窓口が閉まっている時間帯は、情報システム室前の返却ボックスに入れても構いません。その場合は、ボックス横の投入記録シートに受付番号と氏名を書いてください。

## 紛失・破損したとき

紛失や盗難に気づいたら、まず情報セキュリティ担当（内線 4410）に電話してください。夜間・休日は緊急連絡用の携帯（080-5512-7734）にかけます。

そのあと、[事故報告フォーム](https://intra.kumogawa-sys.example/security/incident) から24時間以内に報告を出してください。故意や重大な過失がない限り、弁償を求めることはありません。

## よくある質問

### 社外の人に貸してもいいですか？

いいえ。貸し出した機材を社外の方が使うことは、業務委託先を含めて認めていません。

### 在庫がないときは？

`#it-helpdesk` で予約待ちを登録できます。空きが出た順にヘルプデスクから連絡します。

---

問い合わせ先: 情報システム部 ヘルプデスク（内線 4400 / helpdesk@kumogawa-sys.example）
"""

# ---------------------------------------------------------------------------
# 5. TXT: 青空文庫形式の短編（架空）
# ---------------------------------------------------------------------------
TXT = """灯台守の娘
潮見柾

-------------------------------------------------------
【テキスト中に現れる記号について】

《》：ルビ
（例）鴎ヶ崎《かもめがさき》

｜：ルビの付く文字列の始まりを特定する記号
（例）週に一度の｜郵便船《ゆうびんせん》

［＃］：入力者注　主に外字の説明や、傍点の位置の指定
　　　（数字は、JIS X 0213の面区点番号、または底本のページと行数）
（例）［＃３字下げ］
-------------------------------------------------------

［＃３字下げ］一［＃「一」は中見出し］

　鴎ヶ崎《かもめがさき》の灯台は、磯辺の町から岬の道を一里ほど歩いた先に、白く細く立っていた。千鶴《ちづる》は十四の春から、この灯台で父の源蔵《げんぞう》と二人きりで暮らしている。
　母が亡くなったのはその前の冬だった。母が遺《のこ》していったものといえば、古い真鍮の望遠鏡がひとつきりである。千鶴は毎朝それを持って回廊に出て、沖を通る船の数をかぞえるのを日課にしていた。
「今日は何艘だ」
　と父が訊《き》く。
「汽船が二つ、帆掛けが五つ」
　千鶴が答えると、父は黙ってうなずき、帳面に数字を書きつける。灯台守の仕事は、灯を絶やさぬことと、この帳面をつけることの二つきりだと、父はよく言っていた。
　岬の上には風をさえぎるものが何もない。冬になると、灯台の白い壁は潮風で塩をふき、千鶴は父に言われて、何日かおきに梯子《はしご》にのぼってレンズの硝子《ガラス》を拭いた。

［＃３字下げ］二［＃「二」は中見出し］

　十月の終わり、週に一度やって来る｜郵便船《ゆうびんせん》が、いつもより一日遅れて入江に着いた。艪《ろ》を漕いできたのは、町の乾物屋の次男の清吉《せいきち》である。
「千鶴ちゃん、親父さんに手紙だ。灯台局からだよ」
　清吉が差し出したのは、茶色の封筒に入った一通の手紙だった。父はそれを読むと、長いあいだ窓の外を見ていた。手紙には、来年の春から鴎ヶ崎の灯を電気で点すことになり、父を北の島の灯台へ移すと書かれていたのである。
「北の島って、どこ」
「ずっと遠くだ。冬には船も通わない」
　父はそれだけ言うと、手紙を帳面のあいだに挟んだ。清吉は帰りぎわに空を見上げて、「あさってあたり、大きいのが来るかもしれない」とつぶやいた。
　その晩から、父は熱を出して寝込んだ。

［＃３字下げ］三［＃「三」は中見出し］

　三日目の夕方になっても、父の熱は下がらなかった。日が沈みかけるころ、父が起き上がろうとするのを、千鶴は押しとどめた。
「お父《とう》さんは寝ていて。灯はわたしが点けます」
　千鶴が一人で灯を点けようと決めたのは、今夜は嵐が来ると清吉から聞いていたからだった。こんな晩に灯が消えていれば、沖の船は岬の暗礁《あんしょう》に気づかない。
　千鶴は灯室への螺旋《らせん》階段を上った。芯を切りそろえ、灯油を注ぎ足し、燐寸《マッチ》を擦る。手がふるえて、二本目でようやく火がついた。レンズの向こうで光がゆっくりと回りはじめると、千鶴は母の望遠鏡を覗《のぞ》いて沖を見た。黒い海の上に、小さな明かりがひとつ、岬を避けるように大きく弧を描いて遠ざかっていくのが見えた。
　夜明けに嵐が過ぎたとき、灯はまだ回っていた。
　翌朝、清吉が町の医者を連れて岬の道を上ってきた。医者は源蔵の枕元で脈をとり、「ただの風邪だ、三日も寝ていれば治る」と笑った。源蔵は千鶴のほうを見ずに、「帳面はつけたか」とだけ訊いた。
「汽船が一つ。明かりを見て、ちゃんと曲がっていきました」
　父はしばらく黙っていたが、やがて、「春になったら、お前も一緒に来るか」と言った。千鶴は返事のかわりに、望遠鏡を布で包みなおした。



底本：「潮見柾作品集　第二巻」架空書房
　　　1978（昭和53）年5月20日初版発行
入力：浜辺ゆう
校正：木立まどか
2019年8月12日作成
青空文庫作成ファイル：
このファイルは、インターネットの図書館、青空文庫（https://www.aozora.gr.jp/）で作られました。入力、校正、制作にあたったのは、ボランティアの皆さんです。
"""

FILES = {
    "pdf": "kaigo-yokoku.pdf",
    "docx": "memoria-kiyaku.docx",
    "html": "saginuma-bus.html",
    "md": "kizai-kashidashi.md",
    "txt": "toudaimori-no-musume.txt",
}


def main():
    os.makedirs(OUT, exist_ok=True)
    build_pdf(os.path.join(OUT, FILES["pdf"]))
    build_docx(os.path.join(OUT, FILES["docx"]))
    for key, text in (("html", HTML), ("md", MD), ("txt", TXT)):
        with open(os.path.join(OUT, FILES[key]), "wb") as f:
            f.write(text.encode("utf-8"))
    print("built", len(FILES), "documents into", OUT)


if __name__ == "__main__":
    main()
