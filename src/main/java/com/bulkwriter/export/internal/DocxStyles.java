package com.bulkwriter.export.internal;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * The styles an exported document uses, defined as Word's built-in ones (ids {@code Heading1},
 * names {@code heading 1}, outline levels), so that Word and Google Docs show real headings in
 * their navigation and a reader can restyle the whole document at once.
 */
final class DocxStyles {

  static final String TITLE = "Title";
  static final String QUOTE = "Quote";
  static final String CODE = "Code";
  static final String LIST = "ListParagraph";
  static final String HYPERLINK = "Hyperlink";
  static final String MONOSPACE = "Consolas";

  private static final int[] HEADING_HALF_POINTS = {32, 26, 24, 22, 22, 22};

  private DocxStyles() {}

  static String heading(int level) {
    return "Heading" + Math.clamp(level, 1, HEADING_HALF_POINTS.length);
  }

  static void addTo(XWPFDocument document) {
    XWPFStyles styles = document.createStyles();
    CTStyle normal = paragraph("Normal", "Normal", null);
    normal.setDefault(true);
    font(normal.addNewRPr(), "Calibri").addNewSz().setVal(BigInteger.valueOf(22));
    spacing(normal.addNewPPr(), 0, 160);
    add(styles, normal);

    CTStyle title = paragraph(TITLE, "Title", "Normal");
    title.addNewRPr().addNewSz().setVal(BigInteger.valueOf(56));
    spacing(title.addNewPPr(), 0, 240);
    add(styles, title);

    for (int level = 1; level <= HEADING_HALF_POINTS.length; level++) {
      CTStyle heading = paragraph(heading(level), "heading " + level, "Normal");
      heading.addNewUiPriority().setVal(BigInteger.valueOf(9));
      heading.addNewQFormat();
      CTPPrGeneral ppr = heading.addNewPPr();
      ppr.addNewKeepNext();
      ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
      spacing(ppr, level == 1 ? 360 : 240, 80);
      CTRPr rpr = heading.addNewRPr();
      rpr.addNewB();
      rpr.addNewColor().setVal("1F3864");
      rpr.addNewSz().setVal(BigInteger.valueOf(HEADING_HALF_POINTS[level - 1]));
      add(styles, heading);
    }

    CTStyle quote = paragraph(QUOTE, "Quote", "Normal");
    quote.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(720));
    quote.addNewRPr().addNewI();
    add(styles, quote);

    CTStyle code = paragraph(CODE, "Code", "Normal");
    spacing(code.addNewPPr(), 0, 0);
    font(code.addNewRPr(), MONOSPACE).addNewSz().setVal(BigInteger.valueOf(20));
    add(styles, code);

    CTStyle list = paragraph(LIST, "List Paragraph", "Normal");
    list.addNewPPr().addNewContextualSpacing();
    add(styles, list);

    CTStyle link = CTStyle.Factory.newInstance();
    link.setType(STStyleType.CHARACTER);
    link.setStyleId(HYPERLINK);
    link.addNewName().setVal("Hyperlink");
    CTRPr linkRun = link.addNewRPr();
    linkRun.addNewColor().setVal("0563C1");
    linkRun.addNewU().setVal(STUnderline.SINGLE);
    add(styles, link);
  }

  private static CTStyle paragraph(String id, String name, String basedOn) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setType(STStyleType.PARAGRAPH);
    style.setStyleId(id);
    style.addNewName().setVal(name);
    if (basedOn != null) {
      style.addNewBasedOn().setVal(basedOn);
      style.addNewNext().setVal("Normal");
    }
    return style;
  }

  private static CTRPr font(CTRPr rpr, String name) {
    CTFonts fonts = rpr.addNewRFonts();
    fonts.setAscii(name);
    fonts.setHAnsi(name);
    fonts.setCs(name);
    return rpr;
  }

  private static void spacing(CTPPrGeneral ppr, int before, int after) {
    var spacing = ppr.addNewSpacing();
    spacing.setBefore(BigInteger.valueOf(before));
    spacing.setAfter(BigInteger.valueOf(after));
  }

  private static void add(XWPFStyles styles, CTStyle style) {
    styles.addStyle(new XWPFStyle(style, styles));
  }
}
