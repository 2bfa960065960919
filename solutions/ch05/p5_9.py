"""Problem 5.9: how much more a least squares loss weighs kilos than meters."""
HEIGHT_SD = 0.1        # meters: a typical spread of adult heights
WEIGHT_SD = 15.0       # kilos: a typical spread of adult weights


def solve():
    return {"height_sd": HEIGHT_SD, "weight_sd": WEIGHT_SD,
            "ratio": round((WEIGHT_SD / HEIGHT_SD) ** 2)}
