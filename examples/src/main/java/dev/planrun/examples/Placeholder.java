package dev.planrun.examples; final class Placeholder {}
