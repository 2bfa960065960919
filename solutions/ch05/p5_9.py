"""Problem 5.9: how much more a least squares loss weighs kilos than meters.

The spreads are illustrations (typical of adults), not data of the problem; the answer also gives
the ratio over a wide range of plausible spreads, so that its conclusion does not rest on them."""
HEIGHT_SD = 0.1                  # meters: an illustrative spread of adult heights
WEIGHT_SD = 15.0                 # kilos: an illustrative spread of adult weights
HEIGHT_SD_RANGE = (0.05, 0.15)   # meters: plausible spreads of heights
WEIGHT_SD_RANGE = (10.0, 20.0)   # kilos: plausible spreads of weights


def ratio(weight_sd, height_sd):
    """How much larger a typical squared error in the weight is than one in the height."""
    return (weight_sd / height_sd) ** 2


def solve():
    return {"height_sd": HEIGHT_SD, "weight_sd": WEIGHT_SD,
            "ratio": round(ratio(WEIGHT_SD, HEIGHT_SD)),
            "height_sd_range": list(HEIGHT_SD_RANGE), "weight_sd_range": list(WEIGHT_SD_RANGE),
            "ratio_min": round(ratio(WEIGHT_SD_RANGE[0], HEIGHT_SD_RANGE[1]), -2),
            "ratio_max": round(ratio(WEIGHT_SD_RANGE[1], HEIGHT_SD_RANGE[0]), -2)}
