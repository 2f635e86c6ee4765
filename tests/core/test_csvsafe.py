from briefingbook.core.csvsafe import safe_cell, safe_row


def test_formula_cells_are_defused_and_numbers_kept():
    assert safe_cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert [safe_cell(c) for c in ("+1+2", "@SUM(A1)", "\tx", "\rx")] == ["'+1+2", "'@SUM(A1)", "'\tx", "'\rx"]
    assert safe_cell("-71234000000") == "-71234000000"
    assert safe_cell("-3.5e2") == "-3.5e2"
    assert safe_cell("- a bullet") == "'- a bullet"
    assert safe_row(["USA", 12, None]) == ["USA", "12", ""]
