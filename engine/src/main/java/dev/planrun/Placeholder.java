package dev.planrun; final class Placeholder {}
