package com.bulkwriter.export.internal;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Real Word list numbering: one bulleted and one numbered definition with nine levels each. Every
 * numbered list gets its own instance that restarts at the list's first number, so the second list
 * of an article starts again at 1 instead of continuing the first.
 */
final class DocxNumbering {

  private static final int LEVELS = 9;
  private static final String[] BULLETS = {"•", "◦", "▪"};
  private static final STNumberFormat.Enum[] ORDERED = {
    STNumberFormat.DECIMAL, STNumberFormat.LOWER_LETTER, STNumberFormat.LOWER_ROMAN
  };

  private final XWPFNumbering numbering;
  private final BigInteger bulleted;
  private final BigInteger numbered;
  private BigInteger bulletNum;

  DocxNumbering(XWPFDocument document) {
    numbering = document.createNumbering();
    bulleted = numbering.addAbstractNum(new XWPFAbstractNum(definition(0, false), numbering));
    numbered = numbering.addAbstractNum(new XWPFAbstractNum(definition(1, true), numbering));
  }

  /** The numbering instance for bulleted lists; all of them share one. */
  BigInteger bullets() {
    if (bulletNum == null) {
      bulletNum = numbering.addNum(bulleted);
    }
    return bulletNum;
  }

  /**
   * A fresh numbering instance for one numbered list at {@code level}, starting at {@code start}.
   */
  BigInteger numbers(int level, int start) {
    BigInteger num = numbering.addNum(numbered);
    CTNumLvl override = numbering.getNum(num).getCTNum().addNewLvlOverride();
    override.setIlvl(BigInteger.valueOf(level));
    override.addNewStartOverride().setVal(BigInteger.valueOf(start));
    return num;
  }

  private static CTAbstractNum definition(int id, boolean ordered) {
    CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
    definition.setAbstractNumId(BigInteger.valueOf(id));
    for (int level = 0; level < LEVELS; level++) {
      CTLvl lvl = definition.addNewLvl();
      lvl.setIlvl(BigInteger.valueOf(level));
      lvl.addNewStart().setVal(BigInteger.ONE);
      if (ordered) {
        lvl.addNewNumFmt().setVal(ORDERED[level % ORDERED.length]);
        lvl.addNewLvlText().setVal("%" + (level + 1) + ".");
      } else {
        lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
        lvl.addNewLvlText().setVal(BULLETS[level % BULLETS.length]);
      }
      lvl.addNewLvlJc().setVal(STJc.LEFT);
      var indent = lvl.addNewPPr().addNewInd();
      indent.setLeft(BigInteger.valueOf(720L * (level + 1)));
      indent.setHanging(BigInteger.valueOf(360));
    }
    return definition;
  }
}
