"""The brief's worked examples through the promotions module the issue names."""

from app.core import promotions


def test_cut_then_discount_gives_away_28_yuan_and_a_straight_6_zhe_40():
    item = promotions.Item(10000, 5000)
    result = promotions.cut_then_discount(item, cut_fen=1000, discount_bp=8000, straight_bp=6000)
    assert result.combined.buyer_price_fen == 7200 and result.combined.discount_fen == 2800
    assert result.straight.buyer_price_fen == 6000 and result.straight.discount_fen == 4000
