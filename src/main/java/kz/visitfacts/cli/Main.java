package kz.visitfacts.cli; public class Main { public static void main(String[] a){} }
