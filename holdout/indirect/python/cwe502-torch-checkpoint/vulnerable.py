import argparse

import torch

from .model import Classifier


def main() -> None:
    parser = argparse.ArgumentParser(description="Evaluate a community-submitted checkpoint")
    parser.add_argument("checkpoint")
    parser.add_argument("--data", default="data/val.pt")
    args = parser.parse_args()

    state = torch.load(args.checkpoint, map_location="cpu", weights_only=False)
    model = Classifier()
    model.load_state_dict(state["model"])
    inputs, labels = torch.load(args.data, weights_only=True)
    accuracy = (model(inputs).argmax(1) == labels).float().mean().item()
    print(f"accuracy: {accuracy:.3f}")


if __name__ == "__main__":
    main()
