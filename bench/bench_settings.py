"""Settings for the benchmarks only: the product's settings with a URLconf that adds one
bare signed-in network view (see bench_urls). Never used by the product or the tests."""

from collaboratory.config.settings import *  # noqa: F403

ROOT_URLCONF = "bench_urls"
